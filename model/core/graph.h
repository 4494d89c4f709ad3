#pragma once

#include "task.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <vector>

namespace ps {

// A derived connection between two tasks. Data edges come from input bindings;
// control edges from explicit dependencies and loop sources.
struct Edge {
    TaskId from;
    QString fromPort;   // empty for a control edge
    TaskId to;
    QString toPort;     // empty for a control edge

    bool isControl() const { return fromPort.isEmpty(); }
    bool operator==(const Edge &) const = default;
};

// Tasks in a stable order with id lookup. The single source of truth for edges is the
// tasks' bindings and dependencies; edges() derives them.
class Graph
{
public:
    const std::vector<Task> &tasks() const { return m_tasks; }
    qsizetype size() const { return qsizetype(m_tasks.size()); }
    bool isEmpty() const { return m_tasks.empty(); }

    const Task *task(TaskId id) const;
    Task *task(TaskId id);
    const Task *taskByName(const QString &name) const;
    qsizetype indexOf(TaskId id) const;

    // Room for n tasks, so a reader that knows the count does not over-allocate by growth.
    void reserve(qsizetype n);
    // Adds a task, giving it a fresh id unless it carries an unused one. Returns its id.
    TaskId addTask(Task task);
    // Puts a task back at a given position (undo of a removal); its id must be unused.
    void insertTask(qsizetype index, Task task);
    // Removes a task and returns it; bindings that pointed at it are left to the caller.
    std::optional<Task> takeTask(TaskId id);

    // The id the next addTask() of a task without one will give.
    TaskId nextId() const { return TaskId{m_nextId}; }

    // A task name not yet used in this graph, derived from `base`.
    QString uniqueName(const QString &base) const;

    // Every task `id` waits for: producers of its inputs and loop source, explicit dependencies.
    QList<TaskId> upstreamOf(TaskId id) const;
    QList<Edge> edges() const;

    // Outputs of the graph itself (a sub-pipeline's or the pipeline's), bound like task inputs.
    QMap<QString, Binding> outputs;

    bool operator==(const Graph &other) const { return m_tasks == other.m_tasks && outputs == other.outputs; }

private:
    void reindex();

    std::vector<Task> m_tasks;
    QHash<TaskId, qsizetype> m_index;
    // Name → index, rebuilt when a lookup finds it stale (tasks are renamed through task()).
    mutable QHash<QString, qsizetype> m_names;
    quint32 m_nextId = 1;
};

} // namespace ps
