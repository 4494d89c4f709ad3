#pragma once

#include "runsnapshot.h"

namespace ps {

// How the local engine writes the nodes of a run's snapshot as the run walks its graph.
class RunNodeUpdates
{
public:
    // The node `nodeId` (appended when new, pending since now) with these identity fields set.
    static RunNode &ensure(RunSnapshot &snapshot, const QString &nodeId, const QString &parentId, const QString &name,
                           const QString &displayName, RunNode::Kind kind);
    // A node's phase and message: the first Running sets its start, a finished phase its end.
    static void setPhase(RunSnapshot &snapshot, const QString &nodeId, TaskPhase phase, const QString &message);
};

} // namespace ps
