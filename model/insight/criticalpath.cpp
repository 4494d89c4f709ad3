#include "criticalpath.h"

#include <QHash>

namespace ps {

namespace {

qint64 ms(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : -1; }

qint64 beganWaiting(const RunNode &n)
{
    return n.pendingSince.isValid() ? ms(n.pendingSince) : ms(n.startedAt);
}

class Walker
{
public:
    Walker(const RunSnapshot &run, const std::optional<Pipeline> &pipeline) : m_pipeline(pipeline)
    {
        for (const RunNode &n : run.nodes)
            m_children[n.parentId].append(&n);
    }

    // Adds the critical chain among the children of `scope`, run by `graph` (null: unknown).
    void walk(const QString &scope, const Graph *graph, int depth)
    {
        const QList<const RunNode *> nodes = m_children.value(scope);
        QHash<QString, const RunNode *> byName;
        const RunNode *last = nullptr;
        for (const RunNode *n : nodes) {
            byName.insert(n->name, n);
            if (ms(n->finishedAt) >= 0 && (!last || ms(n->finishedAt) > ms(last->finishedAt)))
                last = n;
        }
        QSet<const RunNode *> seen;
        for (const RunNode *n = last; n && !seen.contains(n);) {
            seen.insert(n);
            m_path.insert(n->id);
            descend(*n, graph, depth);
            n = predecessor(*n, nodes, byName, graph);
        }
    }

    QSet<QString> path() const { return m_path; }

private:
    // The upstream node that finished last (before this one began, when guessing from times).
    const RunNode *predecessor(const RunNode &n, const QList<const RunNode *> &nodes, const QHash<QString, const RunNode *> &byName,
                               const Graph *graph) const
    {
        const RunNode *best = nullptr;
        auto consider = [&best](const RunNode *c) {
            if (c && ms(c->finishedAt) >= 0 && (!best || ms(c->finishedAt) > ms(best->finishedAt)))
                best = c;
        };
        const Task *task = graph ? graph->taskByName(n.name) : nullptr;
        if (task) {
            for (TaskId up : graph->upstreamOf(task->id))
                if (const Task *t = graph->task(up))
                    consider(byName.value(t->name));
            return best;
        }
        const qint64 began = beganWaiting(n);
        for (const RunNode *c : nodes)
            if (c != &n && ms(c->finishedAt) >= 0 && ms(c->finishedAt) <= began)
                consider(c);
        return best;
    }

    // A sub-pipeline (or a loop's iterations, or attempts): its critical chain too.
    void descend(const RunNode &n, const Graph *graph, int depth)
    {
        if (depth > 32 || !m_children.contains(n.id))
            return;
        const Graph *inner = nullptr;
        if (m_pipeline && graph) {
            const Task *task = graph->taskByName(n.name);
            const ComponentSpec *c = task ? m_pipeline->component(task->component) : nullptr;
            if (c && c->implementation.kind == Implementation::Kind::Graph)
                inner = &c->implementation.graph;
        }
        if (n.kind == RunNode::Kind::Loop || n.kind == RunNode::Kind::Task) {
            // Iterations or attempts: the one that finished last.
            const RunNode *last = nullptr;
            for (const RunNode *c : m_children.value(n.id))
                if (ms(c->finishedAt) >= 0 && (!last || ms(c->finishedAt) > ms(last->finishedAt)))
                    last = c;
            if (last) {
                m_path.insert(last->id);
                if (last->kind == RunNode::Kind::Graph)
                    walk(last->id, inner, depth + 1);
            }
            return;
        }
        if (n.kind == RunNode::Kind::Graph)
            walk(n.id, inner, depth + 1);
    }

    const std::optional<Pipeline> &m_pipeline;
    QHash<QString, QList<const RunNode *>> m_children;
    QSet<QString> m_path;
};

} // namespace

QSet<QString> CriticalPath::of(const RunSnapshot &run, const std::optional<Pipeline> &pipeline)
{
    Walker walker(run, pipeline);
    walker.walk(QString(), pipeline ? &pipeline->root : nullptr, 0);
    return walker.path();
}

} // namespace ps
