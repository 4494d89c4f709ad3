// `pstudio runs stop|retry|delete RUN`: one action each, answered by the engine.
#include "runbackend.h"
#include "runssession.h"
#include "runssubcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

// Asks for the action, waits for the engine's answer; 0 done, 1 refused or failed.
int act(RunsSession &session, BackendAction::Kind kind)
{
    const QString runId = session.args().positional(0);
    if (!session.find(runId))
        return 1;
    RunBackend &backend = session.backend();
    // Stop is graceful where the engine has it (Argo: exit handlers still run); elsewhere it cancels.
    if (kind == BackendAction::Kind::Stop && !backend.canSuspend())
        kind = BackendAction::Kind::Cancel;
    BackendResult<bool> accepted;
    switch (kind) {
    case BackendAction::Kind::Stop: accepted = backend.stop(runId); break;
    case BackendAction::Kind::Cancel: accepted = backend.cancel(runId); break;
    case BackendAction::Kind::Retry: accepted = backend.retry(runId); break;
    default: accepted = backend.removeRun(runId); break;
    }
    if (!accepted.ok()) {
        session.err() << accepted.error << Qt::endl;
        return 1;
    }
    const BackendAction request{kind, runId};
    if (!session.awaitOutcome(request).ok())
        return 1;
    session.err() << Tr::tr("%1 %2: done").arg(request.verb(), runId) << Qt::endl;
    // The local engine runs a retried run in this process: it lasts as long as pstudio does.
    if (kind == BackendAction::Kind::Retry && session.isLocal())
        return session.followToEnd(runId);
    return 0;
}

RunsSubcommand action(const QString &name, const QString &summary, int (*run)(RunsSession &))
{
    RunsSubcommand c;
    c.name = name;
    c.synopsis = name + QStringLiteral(" RUN");
    c.summary = summary;
    c.arguments.required = {QStringLiteral("RUN")};
    c.run = run;
    return c;
}

} // namespace

RunsSubcommand runsStop()
{
    return action(QStringLiteral("stop"), Tr::tr("stops a running run (Argo: gracefully, its exit handlers still run)"),
                  [](RunsSession &s) { return act(s, BackendAction::Kind::Stop); });
}

RunsSubcommand runsRetry()
{
    return action(QStringLiteral("retry"), Tr::tr("runs the failed tasks of a failed run again (local: until it ends)"),
                  [](RunsSession &s) { return act(s, BackendAction::Kind::Retry); });
}

RunsSubcommand runsDelete()
{
    return action(QStringLiteral("delete"), Tr::tr("deletes a finished run with its logs and outputs"),
                  [](RunsSession &s) { return act(s, BackendAction::Kind::Delete); });
}

} // namespace ps
