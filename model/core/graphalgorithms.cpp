#include "graphalgorithms.h"

#include <QHash>
#include <QSet>

namespace ps::graphalgorithms {

QList<TaskId> topologicalOrder(const Graph &graph, QList<TaskId> *cyclic)
{
    QHash<TaskId, int> waiting;
    QHash<TaskId, QList<TaskId>> downstream;
    for (const Task &t : graph.tasks()) {
        int count = 0;
        for (TaskId up : graph.upstreamOf(t.id)) {
            if (!graph.task(up))
                continue; // dangling references are validation's to report, not an ordering problem
            downstream[up].append(t.id);
            ++count;
        }
        waiting.insert(t.id, count);
    }
    QList<TaskId> order;
    order.reserve(graph.size());
    for (const Task &t : graph.tasks()) {
        if (waiting.value(t.id) == 0)
            order.append(t.id);
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (TaskId next : downstream.value(order[i])) {
            if (--waiting[next] == 0)
                order.append(next);
        }
    }
    if (cyclic && order.size() < graph.size()) {
        for (const auto &c : cycles(graph)) {
            for (TaskId id : c) {
                if (!cyclic->contains(id))
                    cyclic->append(id);
            }
        }
    }
    return order;
}

QList<QList<TaskId>> cycles(const Graph &graph)
{
    // Tarjan's strongly connected components, iteratively (graphs may be deep).
    QHash<TaskId, int> index, low;
    QSet<TaskId> onStack;
    QList<TaskId> stack;
    QList<QList<TaskId>> result;
    int counter = 0;

    struct Frame {
        TaskId id;
        QList<TaskId> next;
        qsizetype pos = 0;
    };
    auto upstream = [&graph](TaskId id) {
        QList<TaskId> ups;
        for (TaskId up : graph.upstreamOf(id)) {
            if (graph.task(up))
                ups.append(up);
        }
        return ups;
    };

    for (const Task &start : graph.tasks()) {
        if (index.contains(start.id))
            continue;
        QList<Frame> frames{{start.id, upstream(start.id), 0}};
        index[start.id] = low[start.id] = counter++;
        stack.append(start.id);
        onStack.insert(start.id);
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            if (f.pos < f.next.size()) {
                const TaskId w = f.next[f.pos++];
                if (!index.contains(w)) {
                    index[w] = low[w] = counter++;
                    stack.append(w);
                    onStack.insert(w);
                    frames.append({w, upstream(w), 0});
                } else if (onStack.contains(w)) {
                    low[f.id] = std::min(low[f.id], index[w]);
                }
                continue;
            }
            const TaskId v = f.id;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().id] = std::min(low[frames.last().id], low[v]);
            if (low[v] != index[v])
                continue;
            QList<TaskId> component;
            TaskId w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.prepend(w);
            } while (w != v);
            const bool selfLoop = component.size() == 1 && graph.upstreamOf(v).contains(v);
            if (component.size() > 1 || selfLoop)
                result.append(component);
        }
    }
    return result;
}

bool dependsOn(const Graph &graph, TaskId from, TaskId target)
{
    QSet<TaskId> seen;
    QList<TaskId> todo{from};
    while (!todo.isEmpty()) {
        const TaskId id = todo.takeLast();
        if (id == target)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        todo.append(graph.upstreamOf(id));
    }
    return false;
}

QStringList cyclicTaskNames(const Graph &graph)
{
    QList<TaskId> cyclic;
    topologicalOrder(graph, &cyclic);
    QStringList names;
    for (TaskId id : std::as_const(cyclic))
        if (const Task *t = graph.task(id))
            names.append(t->name);
    names.sort();
    return names;
}

} // namespace ps::graphalgorithms
