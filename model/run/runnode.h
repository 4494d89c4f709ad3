#pragma once

#include "runphase.h"
#include "usagesummary.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ps {

// One node of a run's tree: a task, a loop iteration, a retry attempt or a sub-pipeline.
// `id` is the node's path in the run ("train", "train(3)", "sub/inner#1"): unique in the run,
// readable, and the `task` label of its metrics.
struct RunNode {
    enum class Kind { Task, Loop, Iteration, Attempt, Graph };
    QString id;
    QString parentId;          // empty for a top-level node
    QString name;              // the task's name in its graph
    QString displayName;       // what people see: "train(3)"
    QString component;         // the component it runs (a key of the pipeline's components)
    Kind kind = Kind::Task;
    TaskPhase phase = TaskPhase::Pending;
    QDateTime pendingSince;    // when it began to wait (to be scheduled, for a lock, a pod)
    QDateTime startedAt;       // when it began to run
    QDateTime finishedAt;
    QString message;
    QStringList command;       // the command actually run (leaf attempts)
    QMap<QString, QString> inputs;   // resolved input values (artifacts: their file)
    QMap<QString, QString> outputs;  // output parameter values (artifacts: their file)
    std::optional<UsageSummary> usage; // what it used (leaf attempts), once known
    bool operator==(const RunNode &) const = default;
};

QString toString(RunNode::Kind kind);
RunNode::Kind runNodeKindFromString(const QString &text);

} // namespace ps
