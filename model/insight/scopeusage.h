#pragma once

#include "runsnapshot.h"

#include <QHash>
#include <QString>

namespace ps {

// The usage of each task of one graph of a run (the root graph, or a sub-pipeline's run
// node), by task name: every usage record below the task's node (its attempts, iterations,
// their sub-pipelines) together, CPU time added and peaks the highest.
class ScopeUsage
{
public:
    static QHash<QString, UsageSummary> ofScope(const RunSnapshot &run, const QString &scopeNodeId);
};

} // namespace ps
