#pragma once

#include "componentspec.h"
#include "graph.h"
#include "portspec.h"
#include "schedule.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ps {

// A whole pipeline: parameters, the root graph, the components its tasks use
// (sub-pipelines among them), an optional schedule, and what the source format had
// beyond the model, kept to be written back.
struct Pipeline {
    QString name;
    QString displayName;
    QString description;
    QList<PortSpec> parameters;            // inputs of the root graph
    QList<PortSpec> outputs;               // outputs of the root graph (bound in root.outputs)
    Graph root;
    QMap<QString, ComponentSpec> components;
    std::optional<Schedule> schedule;
    QJsonObject extras;

    // The graph addressed by `graphKey`: the root for "", else the sub-pipeline component's.
    const Graph *graph(const QString &graphKey) const;
    Graph *graph(const QString &graphKey);
    // The inputs visible to tasks of that graph as "parameters".
    const QList<PortSpec> *graphInputs(const QString &graphKey) const;
    const QList<PortSpec> *graphOutputs(const QString &graphKey) const;

    const ComponentSpec *component(const QString &key) const;
    const PortSpec *parameter(const QString &name) const;
    const Task *exitHandler() const;

    // A component key not used yet, derived from `base`.
    QString uniqueComponentKey(const QString &base) const;

    bool operator==(const Pipeline &) const = default;
};

} // namespace ps
