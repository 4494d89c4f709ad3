#include "yamlreadcontext.h"

#include <QCoreApplication>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(YamlReadContext)
};
// A child that never throws: an undefined node when the parent is not a map (or is itself
// a missing node) or has no such key. yaml-cpp throws on any use of a missing child.
YAML::Node get(const YAML::Node &parent, const char *key)
{
    if (!parent.IsDefined() || !parent.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node n = parent[key];
    return n.IsDefined() ? n : YAML::Node(YAML::NodeType::Undefined);
}

} // namespace

void YamlReadContext::error(const YAML::Node &node, const QString &message) const
{
    m_diagnostics->append(Diagnostic::error(message, where(node)));
}

void YamlReadContext::warning(const YAML::Node &node, const QString &message) const
{
    m_diagnostics->append(Diagnostic::warning(message, where(node)));
}

QString YamlReadContext::string(const YAML::Node &map, const char *key) const
{
    const YAML::Node n = get(map, key);
    if (!n.IsDefined() || n.IsNull())
        return {};
    if (!n.IsScalar()) {
        error(n, Tr::tr("'%1' must be a single value, not a list or map").arg(QLatin1String(key)));
        return {};
    }
    return yaml::toQString(n);
}

QString YamlReadContext::requiredString(const YAML::Node &map, const char *key) const
{
    const QString text = string(map, key);
    const YAML::Node n = get(map, key);
    if (text.isEmpty() && (!n.IsDefined() || n.IsNull() || n.IsScalar()))
        error(n.IsDefined() ? n : map, Tr::tr("'%1' is required").arg(QLatin1String(key)));
    return text;
}

bool YamlReadContext::boolean(const YAML::Node &map, const char *key, bool fallback) const
{
    const YAML::Node n = get(map, key);
    if (!n.IsDefined() || n.IsNull())
        return fallback;
    const QJsonValue v = yaml::scalarValue(n);
    if (v.isBool())
        return v.toBool();
    // Formats written by hand often say "True"/"yes" as strings; accept the obvious ones.
    const QString text = yaml::toQString(n).toLower();
    if (text == u"true" || text == u"yes")
        return true;
    if (text == u"false" || text == u"no")
        return false;
    error(n, Tr::tr("'%1' must be true or false").arg(QLatin1String(key)));
    return fallback;
}

qint64 YamlReadContext::integer(const YAML::Node &map, const char *key, qint64 fallback) const
{
    const YAML::Node n = get(map, key);
    if (!n.IsDefined() || n.IsNull())
        return fallback;
    const QJsonValue v = yaml::scalarValue(n);
    bool ok = false;
    qint64 result = 0;
    if (v.isDouble() && v.toDouble() == double(v.toInteger())) {
        result = v.toInteger();
        ok = true;
    } else if (v.isString()) {
        result = v.toString().trimmed().toLongLong(&ok);
    }
    if (!ok) {
        error(n, Tr::tr("'%1' must be a whole number").arg(QLatin1String(key)));
        return fallback;
    }
    return result;
}

double YamlReadContext::number(const YAML::Node &map, const char *key, double fallback) const
{
    const YAML::Node n = get(map, key);
    if (!n.IsDefined() || n.IsNull())
        return fallback;
    const QJsonValue v = yaml::scalarValue(n);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (!ok) {
        error(n, Tr::tr("'%1' must be a number").arg(QLatin1String(key)));
        return fallback;
    }
    return d;
}

QStringList YamlReadContext::stringList(const YAML::Node &map, const char *key) const
{
    QStringList result;
    const YAML::Node n = get(map, key);
    if (!n.IsDefined() || n.IsNull())
        return result;
    if (!n.IsSequence()) {
        error(n, Tr::tr("'%1' must be a list").arg(QLatin1String(key)));
        return result;
    }
    for (const auto &item : n) {
        if (!item.IsScalar()) {
            error(item, Tr::tr("items of '%1' must be single values").arg(QLatin1String(key)));
            continue;
        }
        result.append(yaml::toQString(item));
    }
    return result;
}

YAML::Node YamlReadContext::map(const YAML::Node &parent, const char *key) const
{
    const YAML::Node n = get(parent, key);
    if (!n.IsDefined() || n.IsNull())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!n.IsMap()) {
        error(n, Tr::tr("'%1' must be a map of keys to values").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return n;
}

YAML::Node YamlReadContext::sequence(const YAML::Node &parent, const char *key) const
{
    const YAML::Node n = get(parent, key);
    if (!n.IsDefined() || n.IsNull())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!n.IsSequence()) {
        error(n, Tr::tr("'%1' must be a list").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return n;
}

QJsonValue YamlReadContext::json(const YAML::Node &node) const
{
    QJsonValue v;
    if (!yaml::toJson(node, &v, m_file, m_diagnostics))
        return QJsonValue::Null;
    return v;
}

QJsonObject YamlReadContext::unknownKeys(const YAML::Node &map, const QSet<QString> &known) const
{
    QJsonObject result;
    if (!map.IsDefined() || !map.IsMap())
        return result;
    for (const auto &kv : map) {
        const QString key = yaml::toQString(kv.first);
        if (!known.contains(key))
            result.insert(key, json(kv.second));
    }
    return result;
}

} // namespace ps
