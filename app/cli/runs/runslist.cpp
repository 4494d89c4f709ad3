#include "runbackend.h"
#include "runssession.h"
#include "runssubcommand.h"
#include "runstable.h"
#include "runstext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

int list(RunsSession &session)
{
    QList<RunPhase> wanted;
    if (session.args().has(QStringLiteral("--status"))) {
        for (const QString &name : session.args().value(QStringLiteral("--status")).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<RunPhase> phase = RunsText::phaseNamed(name);
            if (!phase) {
                session.err() << Tr::tr("--status takes Pending, Running, Succeeded, Failed or Error (comma-separated), not '%1'").arg(name)
                              << Qt::endl;
                return 2;
            }
            wanted.append(*phase);
        }
    }
    QList<RunSnapshot> runs = session.backend().listRuns();
    if (!wanted.isEmpty())
        runs.removeIf([&](const RunSnapshot &s) { return !wanted.contains(s.phase); });
    if (session.args().flag(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const RunSnapshot &s : std::as_const(runs))
            array.append(RunsText::listJson(session.backend(), s));
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (runs.isEmpty()) {
        session.err() << Tr::tr("No runs on %1.").arg(session.backend().name()) << Qt::endl;
        return 0;
    }
    RunsTable table({Tr::tr("RUN"), Tr::tr("STATUS"), Tr::tr("STARTED"), Tr::tr("DURATION"), Tr::tr("PIPELINE"), Tr::tr("MESSAGE")});
    for (const RunSnapshot &s : std::as_const(runs))
        table.add({s.id, RunsText::status(session.backend(), s), RunsText::time(s.startedAt.isValid() ? s.startedAt : s.createdAt),
                   RunsText::duration(s), s.pipelineName, RunsText::oneLine(s.message)});
    table.print(session.out());
    return 0;
}

} // namespace

RunsSubcommand runsList()
{
    RunsSubcommand c;
    c.name = QStringLiteral("list");
    c.synopsis = QStringLiteral("list [--status S[,S…]] [--json]");
    c.summary = Tr::tr("the runs, newest first: status, start, duration, pipeline");
    c.arguments.flags = {QStringLiteral("--json")};
    c.arguments.options = {QStringLiteral("--status")};
    c.run = &list;
    return c;
}

} // namespace ps
