#pragma once

#include "pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

// What a round trip through a format must keep, one line per fact, for tests to compare:
// tasks and their components, dependencies, parameters, inputs, artifacts, conditions, loops.
namespace pstest {

using namespace ps;

inline QString describe(const Binding &b, const Graph &g)
{
    switch (b.kind) {
    case Binding::Kind::None: return QStringLiteral("-");
    case Binding::Kind::Constant: return QStringLiteral("=") + QString::fromUtf8(QJsonDocument(QJsonArray{b.constant}).toJson(QJsonDocument::Compact));
    case Binding::Kind::Parameter: return QStringLiteral("param:") + b.parameter;
    case Binding::Kind::TaskOutput: return QStringLiteral("task:%1.%2").arg(g.task(b.task) ? g.task(b.task)->name : QStringLiteral("?"), b.output);
    case Binding::Kind::LoopItem: return QStringLiteral("item:") + b.itemField;
    case Binding::Kind::Expression: return QStringLiteral("expr:") + b.expression;
    }
    return {};
}

// What must survive a round trip: tasks, dependencies, parameters, artifacts, conditions, loops.
inline QStringList summary(const Pipeline &p)
{
    QStringList lines;
    for (const PortSpec &param : p.parameters)
        lines.append(QStringLiteral("param %1 %2 %3").arg(param.name, param.artifact ? QStringLiteral("artifact") : QStringLiteral("value"),
                                                         QString::fromUtf8(QJsonDocument(QJsonArray{param.defaultValue}).toJson(QJsonDocument::Compact))));
    auto graphLines = [&](const QString &key, const Graph &g) {
        for (const Task &t : g.tasks()) {
            QStringList deps;
            for (TaskId up : g.upstreamOf(t.id))
                deps.append(g.task(up) ? g.task(up)->name : QStringLiteral("?"));
            deps.sort();
            lines.append(QStringLiteral("%1/task %2 component=%3 role=%4 after=%5").arg(key, t.name, t.component)
                             .arg(int(t.role)).arg(deps.join(u',')));
            for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it)
                lines.append(QStringLiteral("%1/%2 in %3 %4").arg(key, t.name, it.key(), describe(*it, g)));
            if (t.settings.condition.isSet())
                lines.append(QStringLiteral("%1/%2 when %3").arg(key, t.name, t.settings.condition.text));
            const Loop &l = t.settings.loop;
            if (l.isSet())
                lines.append(QStringLiteral("%1/%2 loop %3 %4 %5 %6/%7/%8").arg(key, t.name).arg(int(l.kind))
                                 .arg(QString::fromUtf8(QJsonDocument(l.items).toJson(QJsonDocument::Compact)), describe(l.source, g),
                                      l.sequenceCount, l.sequenceStart, l.sequenceEnd));
        }
        for (auto it = g.outputs.cbegin(); it != g.outputs.cend(); ++it)
            lines.append(QStringLiteral("%1 out %2 %3").arg(key, it.key(), describe(*it, g)));
    };
    graphLines(QStringLiteral("root"), p.root);
    for (auto it = p.components.cbegin(); it != p.components.cend(); ++it) {
        for (const PortSpec &port : it->inputs)
            lines.append(QStringLiteral("%1 input %2 %3").arg(it.key(), port.name, port.artifact ? QStringLiteral("artifact") : QStringLiteral("value")));
        for (const PortSpec &port : it->outputs)
            lines.append(QStringLiteral("%1 output %2 %3").arg(it.key(), port.name, port.artifact ? QStringLiteral("artifact") : QStringLiteral("value")));
        graphLines(it.key(), it->implementation.graph);
    }
    return lines;
}


// The first line where two summaries differ, said as "'old' became 'new'".
inline QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("'%1' became '%2'").arg(a.value(i), b.value(i));
    }
    return {};
}

} // namespace pstest
