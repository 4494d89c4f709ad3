#include "runfollower.h"

#include "logstream.h"
#include "runbackend.h"
#include "runsummary.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends pstudio at once
}

} // namespace

RunSnapshot RunFollower::follow(const QString &runId)
{
    QEventLoop loop;
    QHash<QString, TaskPhase> seen;
    QSet<QString> logged;
    const auto update = [&](const QString &id) {
        if (id != runId)
            return;
        const std::optional<RunSnapshot> s = m_backend.snapshot(id);
        if (!s)
            return;
        for (const RunNode &n : s->nodes) {
            if (seen.contains(n.id) && seen.value(n.id) == n.phase)
                continue;
            const bool first = !seen.contains(n.id);
            seen.insert(n.id, n.phase);
            if (first && n.phase == TaskPhase::Pending)
                continue;
            m_progress << QStringLiteral("%1  %2%3").arg(n.id, toString(n.phase), n.message.isEmpty() ? QString() : QStringLiteral(": ") + n.message)
                       << Qt::endl;
            const bool leaf = n.kind != RunNode::Kind::Loop && n.kind != RunNode::Kind::Graph;
            if (n.phase == TaskPhase::Running && leaf && !logged.contains(n.id)) {
                logged.insert(n.id);
                LogStream *stream = m_backend.openLogStream(id, n.id, &loop);
                QObject::connect(stream, &LogStream::linesArrived, &loop, [this, nodeId = n.id](const LogLines &lines) {
                    for (const LogLine &l : lines)
                        m_progress << QStringLiteral("[%1] %2").arg(nodeId, l.text) << '\n';
                    m_progress.flush();
                });
                QObject::connect(stream, &LogStream::failed, &loop, [this, nodeId = n.id](const QString &error) {
                    m_err << QStringLiteral("[%1] %2").arg(nodeId, error) << Qt::endl;
                });
            }
        }
        if (ps::isFinished(s->phase))
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    };
    QObject::connect(&m_backend, &RunBackend::runChanged, &loop, update);
    // Ctrl-C cancels the run, so that its tasks stop too.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (g_interrupted == 1) {
            g_interrupted = 2;
            m_err << Tr::tr("cancelling…") << Qt::endl;
            m_backend.cancel(runId);
        }
    });
    interrupts.start(100);
    update(runId);   // what is known already (a fast run may be over)
    if (const auto s = m_backend.snapshot(runId); s && !ps::isFinished(s->phase))
        loop.exec();
    return m_backend.snapshot(runId).value_or(RunSnapshot());
}

void RunFollower::printOutcome(const QString &runId, const RunSnapshot &s)
{
    m_progress << Tr::tr("run %1: %2%3").arg(runId, toString(s.phase), s.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.message))
               << Qt::endl;
}

void RunFollower::writeJson(const QString &runId, const RunSnapshot &s)
{
    RunSummary::write(RunSummary::json(runId, s));
}

} // namespace ps
