#include "taskpath.h"

#include <QStringList>

namespace ps {

namespace {

template <typename Lookup>
QString pathOf(const RunNode &node, Lookup parentOf)
{
    QStringList names;
    const RunNode *n = &node;
    int guard = 0;
    while (n && guard++ < 1000) {
        const RunNode *parent = parentOf(*n);
        // Iterations and attempts repeat their task; a sub-pipeline's iteration its loop.
        const bool repeat = n->kind == RunNode::Kind::Iteration || n->kind == RunNode::Kind::Attempt
                            || (parent && parent->kind == RunNode::Kind::Loop && n->name == parent->name);
        if (!repeat)
            names.prepend(n->name.isEmpty() ? n->id : n->name);
        n = parent;
    }
    return names.join(u'/');
}

} // namespace

QString TaskPath::of(const RunSnapshot &snapshot, const RunNode &node)
{
    return pathOf(node, [&snapshot](const RunNode &n) { return n.parentId.isEmpty() ? nullptr : snapshot.node(n.parentId); });
}

QHash<QString, QString> TaskPath::ofAll(const RunSnapshot &snapshot)
{
    QHash<QString, const RunNode *> byId;
    byId.reserve(snapshot.nodes.size());
    for (const RunNode &n : snapshot.nodes)
        byId.insert(n.id, &n);
    QHash<QString, QString> paths;
    paths.reserve(snapshot.nodes.size());
    for (const RunNode &n : snapshot.nodes)
        paths.insert(n.id, pathOf(n, [&byId](const RunNode &x) { return byId.value(x.parentId, nullptr); }));
    return paths;
}

const Task *TaskPath::taskOf(const Pipeline &pipeline, const QString &path)
{
    const Graph *graph = &pipeline.root;
    const Task *task = nullptr;
    for (const QString &name : path.split(u'/')) {
        if (!graph)
            return nullptr;
        task = graph->taskByName(name);
        if (!task)
            return nullptr;
        const ComponentSpec *c = pipeline.component(task->component);
        graph = c && c->implementation.kind == Implementation::Kind::Graph ? &c->implementation.graph : nullptr;
    }
    return task;
}

} // namespace ps
