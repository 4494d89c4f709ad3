#include "cliinputs.h"
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

int resubmit(RunsSession &session)
{
    const QString runId = session.args().positional(0);
    QMap<QString, QString> parameters;
    for (const QString &p : session.args().values(QStringLiteral("--param")))
        if (const QString e = cliinputs::addParameter(p, &parameters); !e.isEmpty()) {
            session.err() << e << Qt::endl;
            return 2;
        }
    const std::optional<RunSnapshot> s = session.find(runId);
    if (!s)
        return 1;
    // Parameters not given keep the run's values.
    QMap<QString, QString> all = s->parameters;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        all.insert(it.key(), it.value());
    const BackendResult<QString> accepted = session.backend().resubmit(runId, all);
    if (!accepted.ok()) {
        session.err() << accepted.error << Qt::endl;
        return 1;
    }
    const ActionOutcome outcome = session.awaitOutcome({BackendAction::Kind::Resubmit, runId});
    if (!outcome.ok())
        return 1;
    const QString newRun = outcome.result.isEmpty() ? accepted.value : outcome.result;
    session.out() << newRun << Qt::endl;
    session.err() << Tr::tr("resubmitted run %1 as %2 on %3").arg(runId, newRun, session.backend().name()) << Qt::endl;
    // The local engine runs it in this process: it lasts as long as pstudio does.
    return session.isLocal() ? session.followToEnd(newRun) : 0;
}

} // namespace

RunsSubcommand runsResubmit()
{
    RunsSubcommand c;
    c.name = QStringLiteral("resubmit");
    c.synopsis = QStringLiteral("resubmit RUN [--param NAME=VALUE]...");
    c.summary = Tr::tr("a new run of the same pipeline, with the run's parameters or those given; prints its id (local: runs it to the end)");
    c.arguments.required = {QStringLiteral("RUN")};
    c.arguments.repeated = {QStringLiteral("--param")};
    c.run = &resubmit;
    return c;
}

} // namespace ps
