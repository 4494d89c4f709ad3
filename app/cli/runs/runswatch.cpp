#include "runbackend.h"
#include "runssession.h"
#include "runssubcommand.h"
#include "runstable.h"
#include "runstext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

constexpr int kCoalesceMs = 200;

// On a terminal the run's table is drawn again in place; into a pipe or file each change
// is a line, so a log of the watch reads in order.
class Watcher
{
public:
    Watcher(RunsSession &session, QString runId) : m_session(session), m_runId(std::move(runId)), m_tty(isatty(fileno(stdout))) {}

    void show()
    {
        const std::optional<RunSnapshot> s = m_session.backend().snapshot(m_runId);
        if (!s)
            return;
        m_tty ? redraw(*s) : printChanges(*s);
    }

private:
    void redraw(const RunSnapshot &s)
    {
        QTextStream &out = m_session.out();
        out << "\x1b[H\x1b[2J";
        out << Tr::tr("Run %1 on %2: %3").arg(s.id, m_session.backend().name(), RunsText::status(m_session.backend(), s)) << '\n';
        if (!s.message.isEmpty())
            out << RunsText::oneLine(s.message) << '\n';
        out << Tr::tr("Duration: %1").arg(RunsText::duration(s)) << "\n\n";
        RunsTable table({Tr::tr("TASK"), Tr::tr("STATUS"), Tr::tr("MESSAGE")});
        for (const RunNode &n : s.nodes)
            table.add({n.displayName.isEmpty() ? n.id : n.displayName, toString(n.phase), RunsText::oneLine(n.message)});
        table.print(out);
    }
    void printChanges(const RunSnapshot &s)
    {
        QTextStream &out = m_session.out();
        const QString status = RunsText::status(m_session.backend(), s);
        if (status != m_status || s.message != m_message) {
            out << Tr::tr("run %1: %2%3").arg(s.id, status, s.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.message)) << '\n';
            m_status = status;
            m_message = s.message;
        }
        for (const RunNode &n : s.nodes) {
            if (m_seen.value(n.id) == n.phase && m_seen.contains(n.id))
                continue;
            const bool first = !m_seen.contains(n.id);
            m_seen.insert(n.id, n.phase);
            if (first && n.phase == TaskPhase::Pending)
                continue;
            out << QStringLiteral("%1  %2%3").arg(n.displayName.isEmpty() ? n.id : n.displayName, toString(n.phase), n.message.isEmpty() ? QString() : QStringLiteral(": ") + n.message)
                << '\n';
        }
        out.flush();
    }

    RunsSession &m_session;
    QString m_runId;
    bool m_tty;
    QString m_status;
    QString m_message;
    QHash<QString, TaskPhase> m_seen;
};

int watch(RunsSession &session)
{
    const QString runId = session.args().positional(0);
    if (!session.find(runId))
        return 1;
    Watcher watcher(session, runId);
    QEventLoop loop;
    QTimer coalesce;
    coalesce.setSingleShot(true);
    coalesce.setInterval(kCoalesceMs);
    QString lost;
    const auto check = [&] {
        watcher.show();
        const std::optional<RunSnapshot> s = session.backend().snapshot(runId);
        if (!s || ps::isFinished(s->phase) || !lost.isEmpty())
            loop.quit();
    };
    QObject::connect(&coalesce, &QTimer::timeout, &loop, check);
    QObject::connect(&session.backend(), &RunBackend::runChanged, &loop, [&](const QString &id) {
        if (id == runId && !coalesce.isActive())
            coalesce.start();
    });
    QObject::connect(&session.backend(), &RunBackend::runRemoved, &loop, [&](const QString &id) {
        if (id == runId) {
            lost = Tr::tr("the run was deleted");
            loop.quit();
        }
    });
    QObject::connect(&session.backend(), &RunBackend::freshnessChanged, &loop, [&](const QString &id) {
        if (id == runId && !coalesce.isActive())
            coalesce.start();
    });
    QObject::connect(&session.backend(), &RunBackend::connectionStateChanged, &loop, [&](const ConnectionState &state) {
        if (state.kind == ConnectionState::Kind::Refused)
            lost = state.reason;
        else if (state.kind == ConnectionState::Kind::Reconnecting)
            session.err() << Tr::tr("reconnecting… (%1)").arg(state.reason) << Qt::endl;
        check();
    });
    check();
    if (lost.isEmpty() && !ps::isFinished(session.backend().snapshot(runId).value_or(RunSnapshot{}).phase))
        loop.exec();
    if (!lost.isEmpty()) {
        session.err() << Tr::tr("Stopped watching run %1: %2").arg(runId, lost) << Qt::endl;
        return 1;
    }
    const std::optional<RunSnapshot> s = session.backend().snapshot(runId);
    return s && s->phase == RunPhase::Succeeded ? 0 : 1;
}

} // namespace

RunsSubcommand runsWatch()
{
    RunsSubcommand c;
    c.name = QStringLiteral("watch");
    c.synopsis = QStringLiteral("watch RUN");
    c.summary = Tr::tr("the run's tasks as they change, until it ends (exit 0 when it succeeded)");
    c.arguments.required = {QStringLiteral("RUN")};
    c.run = &watch;
    return c;
}

} // namespace ps
