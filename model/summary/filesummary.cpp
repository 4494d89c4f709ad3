#include "filesummary.h"

#include <QJsonArray>

namespace ps {

namespace {

QJsonArray ports(const QList<PortSpec> &list)
{
    QJsonArray array;
    for (const PortSpec &p : list)
        array.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("type"), p.type.toText()}});
    return array;
}

QJsonArray tasks(const Graph &graph)
{
    QJsonArray array;
    for (const Task &t : graph.tasks()) {
        QJsonArray deps;
        for (TaskId up : graph.upstreamOf(t.id)) {
            if (const Task *u = graph.task(up))
                deps.append(u->name);
        }
        array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("component"), t.component},
                                 {QStringLiteral("dependencies"), deps}});
    }
    return array;
}

} // namespace

QJsonObject FileSummary::toJson(const LoadedFile &file)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), fileFormatName(file.format));
    if (file.kind == LoadedFile::Kind::Component) {
        const ComponentSpec &c = file.component;
        o.insert(QStringLiteral("kind"), QStringLiteral("component"));
        o.insert(QStringLiteral("name"), c.name.isEmpty() ? c.key : c.name);
        o.insert(QStringLiteral("inputs"), ports(c.inputs));
        o.insert(QStringLiteral("outputs"), ports(c.outputs));
        o.insert(QStringLiteral("tasks"), c.implementation.kind == Implementation::Kind::Graph
                                              ? tasks(c.implementation.graph)
                                              : QJsonArray());
    } else {
        const Pipeline &p = file.pipeline;
        o.insert(QStringLiteral("kind"), QStringLiteral("pipeline"));
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("inputs"), ports(p.parameters));
        o.insert(QStringLiteral("outputs"), ports(p.outputs));
        o.insert(QStringLiteral("tasks"), tasks(p.root));
    }
    return o;
}

} // namespace ps
