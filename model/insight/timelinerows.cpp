#include "timelinerows.h"

#include "criticalpath.h"

namespace ps {

namespace {

qint64 ms(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : -1; }

} // namespace

void TimelineRows::setRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs)
{
    const bool sameRun = run.id == m_run.id;
    m_run = run;
    m_pipeline = pipeline;
    m_now = nowMs;
    if (!sameRun)
        m_expanded.clear();
    m_children.clear();
    m_nodeIndex.clear();
    m_children.reserve(m_run.nodes.size());
    m_nodeIndex.reserve(m_run.nodes.size());
    for (int i = 0; i < m_run.nodes.size(); ++i) {
        m_children[m_run.nodes[i].parentId].append(i);
        m_nodeIndex.insert(m_run.nodes[i].id, i);
    }
    m_critical = CriticalPath::of(m_run, m_pipeline);
    rebuild();
}

void TimelineRows::setExpanded(const QString &nodeId, bool expanded)
{
    if (expanded == m_expanded.contains(nodeId))
        return;
    if (expanded)
        m_expanded.insert(nodeId);
    else
        m_expanded.remove(nodeId);
    rebuild();
}

void TimelineRows::expandAll()
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (!it.key().isEmpty())
            m_expanded.insert(it.key());
    rebuild();
}

void TimelineRows::collapseAll()
{
    m_expanded.clear();
    rebuild();
}

const RunNode *TimelineRows::node(const QString &nodeId) const
{
    const int i = m_nodeIndex.value(nodeId, -1);
    return i < 0 ? nullptr : &m_run.nodes[i];
}

int TimelineRows::rowOf(const QString &nodeId) const
{
    for (const RunNode *n = node(nodeId); n; n = node(n->parentId)) {
        const int row = m_rowIndex.value(n->id, -1);
        if (row >= 0)
            return row;
        if (n->parentId.isEmpty())
            break;
    }
    return -1;
}

void TimelineRows::rebuild()
{
    m_rows.clear();
    m_rowIndex.clear();
    m_first = ms(m_run.startedAt.isValid() ? m_run.startedAt : m_run.createdAt);
    m_last = m_first;
    for (const RunNode &n : m_run.nodes) {
        for (qint64 t : {ms(n.pendingSince), ms(n.startedAt)})
            if (t >= 0 && (m_first < 0 || t < m_first))
                m_first = t;
        const qint64 end = n.finishedAt.isValid() ? ms(n.finishedAt) : (n.startedAt.isValid() || n.pendingSince.isValid()) ? m_now : -1;
        m_last = std::max(m_last, end);
    }
    if (m_first < 0)
        m_first = m_now;
    m_last = std::max(m_last, m_first);
    addRows(QString(), 0);
}

void TimelineRows::addRows(const QString &parentId, int depth)
{
    const auto children = m_children.constFind(parentId);
    if (children == m_children.cend() || depth > 64)
        return;
    for (int index : *children) {
        const RunNode &n = m_run.nodes[index];
        Row row;
        row.nodeId = n.id;
        row.label = n.displayName.isEmpty() ? n.name : n.displayName;
        row.depth = depth;
        row.hasChildren = m_children.contains(n.id);
        row.expanded = row.hasChildren && m_expanded.contains(n.id);
        row.phase = n.phase;
        row.kind = n.kind;
        row.start = ms(n.startedAt);
        row.pendingFrom = ms(n.pendingSince);
        // A node still waiting shows its wait up to now even when the backend gave no
        // "pending since": from when it was first seen (its start time, for Argo).
        if (n.phase == TaskPhase::Pending && row.pendingFrom < 0)
            row.pendingFrom = row.start;
        if (n.phase == TaskPhase::Pending)
            row.start = -1;
        row.open = !isFinished(n.phase);
        row.end = n.finishedAt.isValid() ? ms(n.finishedAt) : row.open && (row.start >= 0 || row.pendingFrom >= 0) ? m_now : row.start;
        row.critical = m_critical.contains(n.id);
        m_rowIndex.insert(n.id, int(m_rows.size()));
        m_rows.append(row);
        if (row.expanded)
            addRows(n.id, depth + 1);
    }
}

} // namespace ps
