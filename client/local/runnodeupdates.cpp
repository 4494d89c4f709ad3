#include "runnodeupdates.h"

namespace ps {

RunNode &RunNodeUpdates::ensure(RunSnapshot &snapshot, const QString &nodeId, const QString &parentId, const QString &name,
                                const QString &displayName, RunNode::Kind kind)
{
    RunNode *n = snapshot.node(nodeId);
    if (!n) {
        RunNode added;
        added.id = nodeId;
        added.pendingSince = QDateTime::currentDateTimeUtc(); // waiting from now until it runs
        snapshot.nodes.append(added);
        n = &snapshot.nodes.last();
    }
    n->parentId = parentId;
    n->name = name;
    n->displayName = displayName;
    n->kind = kind;
    return *n;
}

void RunNodeUpdates::setPhase(RunSnapshot &snapshot, const QString &nodeId, TaskPhase phase, const QString &message)
{
    if (RunNode *n = snapshot.node(nodeId)) {
        if (phase == TaskPhase::Running && !n->startedAt.isValid())
            n->startedAt = QDateTime::currentDateTimeUtc();
        if (ps::isFinished(phase))
            n->finishedAt = QDateTime::currentDateTimeUtc();
        n->phase = phase;
        n->message = message;
    }
}

} // namespace ps
