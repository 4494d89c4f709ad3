#include "runsnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunSnapshot)
};

QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime timeFrom(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonValue &v)
{
    QMap<QString, QString> map;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonObject nodeToJson(const RunNode &n)
{
    QJsonObject o{{QStringLiteral("id"), n.id},
                  {QStringLiteral("name"), n.name},
                  {QStringLiteral("displayName"), n.displayName},
                  {QStringLiteral("kind"), toString(n.kind)},
                  {QStringLiteral("phase"), toString(n.phase)}};
    if (!n.parentId.isEmpty())
        o.insert(QStringLiteral("parent"), n.parentId);
    if (!n.component.isEmpty())
        o.insert(QStringLiteral("component"), n.component);
    if (n.pendingSince.isValid())
        o.insert(QStringLiteral("pendingSince"), timeText(n.pendingSince));
    if (n.startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), timeText(n.startedAt));
    if (n.finishedAt.isValid())
        o.insert(QStringLiteral("finishedAt"), timeText(n.finishedAt));
    if (!n.message.isEmpty())
        o.insert(QStringLiteral("message"), n.message);
    if (!n.command.isEmpty())
        o.insert(QStringLiteral("command"), QJsonArray::fromStringList(n.command));
    if (!n.inputs.isEmpty())
        o.insert(QStringLiteral("inputs"), mapToJson(n.inputs));
    if (!n.outputs.isEmpty())
        o.insert(QStringLiteral("outputs"), mapToJson(n.outputs));
    if (n.usage)
        o.insert(QStringLiteral("usage"), n.usage->toJson());
    return o;
}

RunNode nodeFromJson(const QJsonObject &o)
{
    RunNode n;
    n.id = o.value(QStringLiteral("id")).toString();
    n.parentId = o.value(QStringLiteral("parent")).toString();
    n.name = o.value(QStringLiteral("name")).toString();
    n.displayName = o.value(QStringLiteral("displayName")).toString();
    n.component = o.value(QStringLiteral("component")).toString();
    n.kind = runNodeKindFromString(o.value(QStringLiteral("kind")).toString());
    n.phase = taskPhaseFromString(o.value(QStringLiteral("phase")).toString()).value_or(TaskPhase::Error);
    n.pendingSince = timeFrom(o.value(QStringLiteral("pendingSince")));
    n.startedAt = timeFrom(o.value(QStringLiteral("startedAt")));
    n.finishedAt = timeFrom(o.value(QStringLiteral("finishedAt")));
    n.message = o.value(QStringLiteral("message")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("command")).toArray())
        n.command.append(c.toString());
    n.inputs = mapFromJson(o.value(QStringLiteral("inputs")));
    n.outputs = mapFromJson(o.value(QStringLiteral("outputs")));
    n.usage = UsageSummary::fromJson(o.value(QStringLiteral("usage")).toObject());
    return n;
}

} // namespace

const RunNode *RunSnapshot::node(const QString &nodeId) const
{
    for (const RunNode &n : nodes)
        if (n.id == nodeId)
            return &n;
    return nullptr;
}

RunNode *RunSnapshot::node(const QString &nodeId)
{
    return const_cast<RunNode *>(std::as_const(*this).node(nodeId));
}

QList<const RunNode *> RunSnapshot::children(const QString &parentId) const
{
    QList<const RunNode *> result;
    for (const RunNode &n : nodes)
        if (n.parentId == parentId)
            result.append(&n);
    return result;
}

QList<const RunNode *> RunSnapshot::leaves() const
{
    QSet<QString> parents;
    for (const RunNode &n : nodes)
        parents.insert(n.parentId);
    QList<const RunNode *> result;
    for (const RunNode &n : nodes)
        if (!parents.contains(n.id) && (n.kind == RunNode::Kind::Task || n.kind == RunNode::Kind::Iteration
                                        || n.kind == RunNode::Kind::Attempt))
            result.append(&n);
    return result;
}

QJsonObject RunSnapshot::toJson() const
{
    QJsonArray nodeArray;
    for (const RunNode &n : nodes)
        nodeArray.append(nodeToJson(n));
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("pipeline-studio-run")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("pipeline"), pipelineName},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("phase"), toString(phase)},
                  {QStringLiteral("cachingEnabled"), cachingEnabled},
                  {QStringLiteral("parameters"), mapToJson(parameters)},
                  {QStringLiteral("nodes"), nodeArray}};
    if (!sourcePath.isEmpty())
        o.insert(QStringLiteral("source"), sourcePath);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!outputs.isEmpty())
        o.insert(QStringLiteral("outputs"), mapToJson(outputs));
    for (const auto &[key, t] : {std::pair{QStringLiteral("createdAt"), createdAt}, std::pair{QStringLiteral("startedAt"), startedAt},
                                 std::pair{QStringLiteral("finishedAt"), finishedAt}})
        if (t.isValid())
            o.insert(key, timeText(t));
    return o;
}

std::optional<RunSnapshot> RunSnapshot::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<RunSnapshot> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != u"pipeline-studio-run")
        return fail(Tr::tr("not a Pipeline Studio run file"));
    RunSnapshot s;
    s.id = json.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return fail(Tr::tr("the run has no id"));
    const auto phase = runPhaseFromString(json.value(QStringLiteral("phase")).toString());
    if (!phase)
        return fail(Tr::tr("unknown run phase '%1'").arg(json.value(QStringLiteral("phase")).toString()));
    s.phase = *phase;
    s.pipelineName = json.value(QStringLiteral("pipeline")).toString();
    s.displayName = json.value(QStringLiteral("displayName")).toString();
    s.sourcePath = json.value(QStringLiteral("source")).toString();
    s.message = json.value(QStringLiteral("message")).toString();
    s.cachingEnabled = json.value(QStringLiteral("cachingEnabled")).toBool(true);
    s.parameters = mapFromJson(json.value(QStringLiteral("parameters")));
    s.outputs = mapFromJson(json.value(QStringLiteral("outputs")));
    s.createdAt = timeFrom(json.value(QStringLiteral("createdAt")));
    s.startedAt = timeFrom(json.value(QStringLiteral("startedAt")));
    s.finishedAt = timeFrom(json.value(QStringLiteral("finishedAt")));
    for (const QJsonValue &n : json.value(QStringLiteral("nodes")).toArray())
        s.nodes.append(nodeFromJson(n.toObject()));
    return s;
}

} // namespace ps
