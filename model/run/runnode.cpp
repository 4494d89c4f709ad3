#include "runnode.h"

namespace ps {

QString toString(RunNode::Kind kind)
{
    switch (kind) {
    case RunNode::Kind::Task: return QStringLiteral("task");
    case RunNode::Kind::Loop: return QStringLiteral("loop");
    case RunNode::Kind::Iteration: return QStringLiteral("iteration");
    case RunNode::Kind::Attempt: return QStringLiteral("attempt");
    case RunNode::Kind::Graph: return QStringLiteral("graph");
    }
    return {};
}

RunNode::Kind runNodeKindFromString(const QString &text)
{
    for (RunNode::Kind k : {RunNode::Kind::Loop, RunNode::Kind::Iteration, RunNode::Kind::Attempt, RunNode::Kind::Graph})
        if (toString(k) == text)
            return k;
    return RunNode::Kind::Task;
}

} // namespace ps
