#include "runssession.h"

#include "runbackend.h"
#include "runfollower.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

} // namespace

bool RunsSession::waitForRuns()
{
    if (m_backend.hasListedRuns())
        return true;
    QEventLoop loop;
    QString problem;
    QObject::connect(&m_backend, &RunBackend::runsLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&m_backend, &RunBackend::connectionStateChanged, &loop, [&](const ConnectionState &state) {
        if (state.kind == ConnectionState::Kind::Refused) {
            problem = state.reason;
            loop.quit();
        }
    });
    QTimer::singleShot(kListTimeoutMs, &loop, [&] {
        problem = Tr::tr("no answer within %1 s").arg(kListTimeoutMs / 1000);
        loop.quit();
    });
    loop.exec();
    if (problem.isEmpty() && m_backend.hasListedRuns())
        return true;
    m_err << Tr::tr("The runs of %1 could not be listed: %2").arg(m_backend.name(), problem) << Qt::endl;
    return false;
}

std::optional<RunSnapshot> RunsSession::find(const QString &runId) const
{
    std::optional<RunSnapshot> s = m_backend.snapshot(runId);
    if (!s)
        m_err << Tr::tr("There is no run '%1' on %2.").arg(runId, m_backend.name()) << Qt::endl;
    return s;
}

ActionOutcome RunsSession::awaitOutcome(const BackendAction &request, int timeoutMs) const
{
    QEventLoop loop;
    std::optional<ActionOutcome> answer;
    QObject::connect(&m_backend, &RunBackend::actionFinished, &loop, [&](const ActionOutcome &outcome) {
        if (outcome.request == request) {
            answer = outcome;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!answer)
        answer = ActionOutcome{request, Tr::tr("no answer within %1 s").arg(timeoutMs / 1000), {}, {}};
    if (!answer->ok())
        m_err << Tr::tr("%1 did not %2 %3: %4").arg(m_backend.name(), request.verb(), request.target, answer->error) << Qt::endl;
    return *answer;
}

int RunsSession::followToEnd(const QString &runId) const
{
    RunFollower follower(m_backend, m_err, m_err);
    const RunSnapshot s = follower.follow(runId);
    follower.printOutcome(runId, s);
    return s.phase == RunPhase::Succeeded ? 0 : 1;
}

} // namespace ps
