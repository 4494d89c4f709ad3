#include "runbackend.h"
#include "runssession.h"
#include "runssubcommand.h"
#include "runstable.h"
#include "runstext.h"
#include "runsummary.h"
#include "taskrunstate.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

int depthOf(const RunSnapshot &s, const RunNode &n)
{
    int depth = 0;
    for (const RunNode *p = s.node(n.parentId); p && depth < 64; p = s.node(p->parentId))
        ++depth;
    return depth;
}

QString nodeDuration(const RunNode &n)
{
    if (!n.startedAt.isValid())
        return QStringLiteral("-");
    const QDateTime end = n.finishedAt.isValid() ? n.finishedAt : QDateTime::currentDateTimeUtc();
    return TaskRunState::formatDuration(std::max<qint64>(0, n.startedAt.msecsTo(end)));
}

int get(RunsSession &session)
{
    const QString runId = session.args().positional(0);
    const std::optional<RunSnapshot> s = session.find(runId);
    if (!s)
        return 1;
    if (session.args().flag(QStringLiteral("--json"))) {
        RunSummary::write(RunSummary::json(runId, *s));
        return 0;
    }
    QTextStream &out = session.out();
    const auto field = [&out](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out << QString(name + u':').leftJustified(12) << value << '\n';
    };
    field(Tr::tr("Run"), s->id);
    if (s->displayName != s->id)
        field(Tr::tr("Name"), s->displayName);
    field(Tr::tr("Pipeline"), s->pipelineName);
    field(Tr::tr("Status"), RunsText::status(session.backend(), *s));
    field(Tr::tr("Message"), s->message);
    field(Tr::tr("Engine"), session.backend().name());
    field(Tr::tr("Created"), RunsText::time(s->createdAt));
    field(Tr::tr("Started"), s->startedAt.isValid() ? RunsText::time(s->startedAt) : QString());
    field(Tr::tr("Finished"), s->finishedAt.isValid() ? RunsText::time(s->finishedAt) : QString());
    field(Tr::tr("Duration"), RunsText::duration(*s));
    if (!s->parameters.isEmpty()) {
        out << Tr::tr("Parameters:") << '\n';
        for (auto it = s->parameters.cbegin(); it != s->parameters.cend(); ++it)
            out << QStringLiteral("  %1 = %2").arg(it.key(), RunsText::oneLine(it.value())) << '\n';
    }
    if (s->nodes.isEmpty()) {
        out.flush();
        return 0;
    }
    out << '\n';
    RunsTable table({Tr::tr("TASK"), Tr::tr("STATUS"), Tr::tr("DURATION"), Tr::tr("MESSAGE")});
    for (const RunNode &n : s->nodes)
        table.add({QString(depthOf(*s, n) * 2, u' ') + (n.displayName.isEmpty() ? n.id : n.displayName), toString(n.phase), nodeDuration(n),
                   RunsText::oneLine(n.message)});
    table.print(out);
    return 0;
}

} // namespace

RunsSubcommand runsGet()
{
    RunsSubcommand c;
    c.name = QStringLiteral("get");
    c.synopsis = QStringLiteral("get RUN [--json]");
    c.summary = Tr::tr("one run: its status, times, parameters and tasks (--json: as `pstudio run --json` summarises it)");
    c.arguments.required = {QStringLiteral("RUN")};
    c.arguments.flags = {QStringLiteral("--json")};
    c.run = &get;
    return c;
}

} // namespace ps
