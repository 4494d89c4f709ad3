#pragma once

#include "diagnostic.h"
#include "yamlsupport.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ps {

// What every reader needs while walking a YAML tree: the file name for locations, the
// diagnostics list, and typed look-ups that report a located error instead of throwing.
class YamlReadContext
{
public:
    YamlReadContext(QString file, Diagnostics *diagnostics) : m_file(std::move(file)), m_diagnostics(diagnostics) {}

    const QString &file() const { return m_file; }
    Diagnostics *diagnostics() const { return m_diagnostics; }
    SourceLocation where(const YAML::Node &node) const { return yaml::locationOf(node, m_file); }

    void error(const YAML::Node &node, const QString &message) const;
    void warning(const YAML::Node &node, const QString &message) const;

    // A scalar child as text; empty when absent. Reports an error when present but not a scalar.
    QString string(const YAML::Node &map, const char *key) const;
    // Like string(), but also reports an error when absent or empty.
    QString requiredString(const YAML::Node &map, const char *key) const;
    bool boolean(const YAML::Node &map, const char *key, bool fallback) const;
    qint64 integer(const YAML::Node &map, const char *key, qint64 fallback) const;
    double number(const YAML::Node &map, const char *key, double fallback) const;
    QStringList stringList(const YAML::Node &map, const char *key) const;
    // A child that must be a map (or absent: returns an undefined node).
    YAML::Node map(const YAML::Node &parent, const char *key) const;
    YAML::Node sequence(const YAML::Node &parent, const char *key) const;
    QJsonValue json(const YAML::Node &node) const;
    // Every key of `map` not in `known`, as JSON, so a reader can keep what it does not model.
    QJsonObject unknownKeys(const YAML::Node &map, const QSet<QString> &known) const;

private:
    QString m_file;
    Diagnostics *m_diagnostics;
};

} // namespace ps
