#include "timelinetip.h"

#include "phasetext.h"
#include "taskrunstate.h"
#include "usagetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TimelineTip)
};

QString clock(const QDateTime &t) { return QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm:ss")); }

} // namespace

QString TimelineTip::text(const RunNode &node, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    QStringList lines;
    lines << (node.displayName.isEmpty() ? node.name : node.displayName);
    lines << PhaseText::title(node.phase);
    if (node.pendingSince.isValid()) {
        const QDateTime until = node.startedAt.isValid() ? node.startedAt : node.finishedAt.isValid() ? node.finishedAt : now;
        lines << Tr::tr("Waited %1 (from %2)").arg(TaskRunState::formatDuration(std::max<qint64>(0, node.pendingSince.msecsTo(until))),
                                                   clock(node.pendingSince));
    }
    if (node.startedAt.isValid()) {
        if (node.finishedAt.isValid())
            lines << Tr::tr("Ran %1 (%2 – %3)")
                         .arg(TaskRunState::formatDuration(std::max<qint64>(0, node.startedAt.msecsTo(node.finishedAt))),
                              clock(node.startedAt), clock(node.finishedAt));
        else
            lines << Tr::tr("Running for %1 (since %2)")
                         .arg(TaskRunState::formatDuration(std::max<qint64>(0, node.startedAt.msecsTo(now))), clock(node.startedAt));
    }
    if (!node.message.isEmpty())
        lines << node.message;
    if (node.usage)
        lines << UsageText::lines(*node.usage);
    return lines.join(u'\n');
}

} // namespace ps
