#pragma once

#include "diagnostic.h"
#include "pipeline.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>

namespace ps {

// Writes a pipeline as KFP v2 IR (PipelineSpec YAML, schemaVersion 2.1.0) the way the KFP
// SDK compiles it: components with container executors or sub-DAGs, the root DAG with
// component inputs, task outputs, constants, dependentTasks, CEL conditions, ParallelFor
// iterators, retry policies, caching and resources; a second `platforms:` document for
// secret env and PVC mounts. Script steps become container executors that write the inline
// source to a file and run it, with artifacts linked to the paths the script expects.
// What KFP cannot say (Argo conditions it cannot translate, sequences) is a located error.
class KfpIrWriter
{
public:
    struct Result {
        QByteArray yaml;
        Diagnostics diagnostics;
    };

    static Result write(const Pipeline &pipeline);

private:
    explicit KfpIrWriter(const Pipeline &pipeline) : m_pipeline(pipeline) {}

    QJsonObject definitions(const QList<PortSpec> &ports) const;
    QJsonObject dag(const QString &graphKey, const Graph &graph);
    QJsonObject taskSpec(const QString &graphKey, const Graph &graph, const Task &task);
    // A task with an Argo condition, as the KFP SDK compiles dsl.If: a condition-NAME sub-DAG
    // holding the task, fed through "pipelinechannel" inputs, triggered by a CEL condition.
    QJsonObject conditionWrapper(const QString &graphKey, const Graph &graph, const Task &task);
    // The root DAG with a native exit handler, as the KFP SDK compiles dsl.ExitHandler: every
    // other task inside an exit-handler-1 sub-DAG, the exit task after it with
    // ALL_UPSTREAM_TASKS_COMPLETED.
    QJsonObject rootWithExitHandler(const Task &exit);
    QString componentName(const QString &key) const;
    QString executorLabel(const ComponentSpec &component) const;
    void error(const Task &task, const QString &message);

    const Pipeline &m_pipeline;
    QJsonObject m_components;
    QJsonObject m_executors;
    QJsonObject m_platformExecutors;
    QSet<TaskId> m_wrapped;
    bool m_writingExit = false; // tasks of the graph being written that sit in a condition sub-DAG
    Diagnostics m_diagnostics;
};

} // namespace ps
