#pragma once

#include "pipeline.h"
#include "runsnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ps {

// What the Timeline shows of a run: one row per task, with its iterations, attempts and
// sub-pipeline tasks nested below it when expanded; per row the time it waited (Pending)
// and ran, its phase, and whether it is on the critical path. Times in ms since the epoch;
// a row still waiting or running ends at `now`. Rebuilt in one pass over the snapshot, so
// a 5,000-task run with 1,000 changes a second costs little per frame.
class TimelineRows
{
public:
    struct Row {
        QString nodeId;
        QString label;
        int depth = 0;
        bool hasChildren = false;
        bool expanded = false;
        TaskPhase phase = TaskPhase::Pending;
        RunNode::Kind kind = RunNode::Kind::Task;
        qint64 pendingFrom = -1;   // -1: never seen waiting
        qint64 start = -1;         // -1: not started
        qint64 end = -1;           // the finish, or `now` while it waits or runs
        bool open = false;         // still waiting or running
        bool critical = false;
    };

    void setRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs);
    void setExpanded(const QString &nodeId, bool expanded);
    bool isExpanded(const QString &nodeId) const { return m_expanded.contains(nodeId); }
    void expandAll();
    void collapseAll();

    const QList<Row> &rows() const { return m_rows; }
    // The row of a node, or of its nearest shown ancestor; -1 when neither is shown.
    int rowOf(const QString &nodeId) const;
    // The span of the run: from its first wait or start to its last finish (or now).
    qint64 firstMs() const { return m_first; }
    qint64 lastMs() const { return m_last; }
    const RunSnapshot &run() const { return m_run; }
    const RunNode *node(const QString &nodeId) const;

private:
    void rebuild();
    void addRows(const QString &parentId, int depth);

    RunSnapshot m_run;
    std::optional<Pipeline> m_pipeline;
    qint64 m_now = 0;
    QHash<QString, QList<int>> m_children;   // parent id → indexes into m_run.nodes
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_rowIndex;
    QSet<QString> m_expanded;
    QSet<QString> m_critical;
    QList<Row> m_rows;
    qint64 m_first = 0;
    qint64 m_last = 0;
};

} // namespace ps
