#pragma once

#include "runphase.h"
#include "runsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

namespace ps {

// How one task of a graph fared in a run, as the run graph shows it: its node, phase and
// times, and for a loop how many iterations there are and in which phases.
struct TaskRunState {
    QString nodeId;
    RunNode::Kind kind = RunNode::Kind::Task;
    TaskPhase phase = TaskPhase::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message;
    int attempts = 0;                       // retries: attempts made (0 when never retried)
    QMap<TaskPhase, int> iterationPhases;   // a loop: iterations per phase

    int iterationCount() const;
    // Milliseconds from start to finish, or to `now` while running; -1 before it starts.
    qint64 durationMs(const QDateTime &now) const;
    // The short line under the task's name: "Running 12s", "Succeeded 3.4s", "Cached",
    // and for a loop "5 iterations: 3 succeeded, 2 running".
    QString summary(const QDateTime &now) const;

    // The states of the tasks of the graph whose run node is `scopeNodeId` (empty: the
    // pipeline's root graph), by task name. Tasks the run has not reached are absent.
    static QHash<QString, TaskRunState> ofScope(const RunSnapshot &snapshot, const QString &scopeNodeId);
    // "850 ms", "12 s", "3 min 4 s", "2 h 5 min".
    static QString formatDuration(qint64 ms);
};

} // namespace ps
