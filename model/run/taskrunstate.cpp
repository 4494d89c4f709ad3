#include "taskrunstate.h"

#include "phasetext.h"

#include <QCoreApplication>

namespace ps {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TaskRunState)
};

} // namespace

int TaskRunState::iterationCount() const
{
    int n = 0;
    for (int count : iterationPhases)
        n += count;
    return n;
}

qint64 TaskRunState::durationMs(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return -1;
    const QDateTime end = finishedAt.isValid() ? finishedAt : now;
    return std::max<qint64>(0, startedAt.msecsTo(end));
}

QString TaskRunState::summary(const QDateTime &now) const
{
    QString line = PhaseText::title(phase);
    if (kind == RunNode::Kind::Loop && iterationCount() > 0) {
        QStringList parts;
        for (auto it = iterationPhases.cbegin(); it != iterationPhases.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(PhaseText::word(it.key()));
        line = Tr::tr("%n iteration(s): %1", nullptr, iterationCount()).arg(parts.join(QStringLiteral(", ")));
    } else if (attempts > 1) {
        line = Tr::tr("%1 (attempt %2)").arg(line).arg(attempts);
    }
    const qint64 ms = durationMs(now);
    if (ms >= 0 && phase != TaskPhase::Cached && phase != TaskPhase::Skipped && phase != TaskPhase::Omitted)
        line += QStringLiteral(" · ") + formatDuration(ms);
    return line;
}

QHash<QString, TaskRunState> TaskRunState::ofScope(const RunSnapshot &snapshot, const QString &scopeNodeId)
{
    QHash<QString, TaskRunState> states;
    QHash<QString, QString> taskOfNode;   // node id → task name, for the scope's direct children
    for (const RunNode &node : snapshot.nodes) {
        if (node.parentId != scopeNodeId)
            continue;
        TaskRunState &s = states[node.name];
        s.nodeId = node.id;
        s.kind = node.kind;
        s.phase = node.phase;
        s.startedAt = node.startedAt;
        s.finishedAt = node.finishedAt;
        s.message = node.message;
        taskOfNode.insert(node.id, node.name);
    }
    for (const RunNode &node : snapshot.nodes) {
        const auto task = taskOfNode.constFind(node.parentId);
        if (task == taskOfNode.cend())
            continue;
        TaskRunState &s = states[*task];
        if (node.kind == RunNode::Kind::Attempt)
            ++s.attempts;
        else if (s.kind == RunNode::Kind::Loop)
            ++s.iterationPhases[node.phase];
    }
    return states;
}

QString TaskRunState::formatDuration(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 10)
        return Tr::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace ps
