#pragma once

#include "pipeline.h"
#include "runsnapshot.h"

#include <QHash>
#include <QString>

namespace ps {

// Which task of the pipeline a run node ran, as a path of task names from the root graph
// ("train", "evaluate/score"): the same for every iteration and attempt of a task and in
// every run of the pipeline, whichever backend ran it. Histories and comparisons key on it.
class TaskPath
{
public:
    static QString of(const RunSnapshot &snapshot, const RunNode &node);
    // Every node's path by node id, in one pass.
    static QHash<QString, QString> ofAll(const RunSnapshot &snapshot);
    // The task of `pipeline` at `path`, through its sub-pipelines; null when there is none.
    static const Task *taskOf(const Pipeline &pipeline, const QString &path);
};

} // namespace ps
