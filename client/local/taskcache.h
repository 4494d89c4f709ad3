#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace ps {

// Outputs of earlier tasks by content hash (component + resolved inputs), one small JSON
// file per entry under the cache directory. An entry whose artifact files are gone is ignored.
class TaskCache
{
public:
    explicit TaskCache(QString directory) : m_dir(std::move(directory)) {}
    // `maxAgeSeconds` > 0: an entry stored longer ago than that is not used.
    std::optional<QMap<QString, QString>> find(const QString &key, const QStringList &artifactOutputs, double maxAgeSeconds = 0) const;
    void store(const QString &key, const QMap<QString, QString> &outputs, const QString &fromNode);
    // Drops entries older than `days`.
    void prune(int days);

private:
    QString m_dir;
};

} // namespace ps
