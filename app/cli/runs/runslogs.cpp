#include "logstream.h"
#include "runbackend.h"
#include "runssession.h"
#include "runssubcommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

bool hasRun(const RunNode &n) { return n.startedAt.isValid() || (n.phase != TaskPhase::Pending && n.phase != TaskPhase::Skipped && n.phase != TaskPhase::Omitted); }

// The node a TASK argument names: a node id, else a display name, else a task name that only one node has.
const RunNode *taskNamed(const RunSnapshot &s, const QString &task)
{
    if (const RunNode *n = s.node(task))
        return n;
    const RunNode *byName = nullptr;
    int named = 0;
    for (const RunNode &n : s.nodes) {
        if (n.displayName == task)
            return &n;
        if (n.name == task && named++ == 0)
            byName = &n;
    }
    return named == 1 ? byName : nullptr;
}

// The nodes whose logs to show: the processes that ran under `scope` (empty: the whole run).
QStringList logNodes(const RunSnapshot &s, const QString &scope)
{
    QStringList ids;
    for (const RunNode *leaf : s.leaves()) {
        bool inside = scope.isEmpty();
        for (const RunNode *n = leaf; n && !inside; n = s.node(n->parentId))
            inside = n->id == scope;
        if (inside && hasRun(*leaf))
            ids.append(leaf->id);
    }
    return ids;
}

// Prints the log lines of streams as they come, "[node] line" when several nodes are shown.
class LogPrinter
{
public:
    LogPrinter(RunsSession &session, bool prefix, std::optional<QRegularExpression> grep)
        : m_session(session), m_prefix(prefix), m_grep(std::move(grep))
    {
    }
    // Opens the log of `nodeId`; `loop` quits when no stream is left open.
    void open(const QString &runId, const QString &nodeId, bool follow, QEventLoop *loop)
    {
        RunBackend &backend = m_session.backend();
        LogStream *stream = follow ? backend.openLogStream(runId, nodeId, loop) : backend.readLog(runId, nodeId, loop);
        ++m_open;
        QObject::connect(stream, &LogStream::linesArrived, loop, [this, nodeId](const LogLines &lines) { print(nodeId, lines); });
        QObject::connect(stream, &LogStream::finished, loop, [this, loop] { closed(loop); });
        QObject::connect(stream, &LogStream::failed, loop, [this, loop, nodeId](const QString &error) {
            m_session.err() << QStringLiteral("[%1] %2").arg(nodeId, error) << Qt::endl;
            m_failed = true;
            closed(loop);
        });
        QObject::connect(stream, &LogStream::reconnecting, loop, [this, nodeId](const QString &why) {
            m_session.err() << Tr::tr("[%1] reconnecting… (%2)").arg(nodeId, why) << Qt::endl;
        });
    }
    int openCount() const { return m_open; }
    bool failed() const { return m_failed; }

private:
    void print(const QString &nodeId, const LogLines &lines)
    {
        QTextStream &out = m_session.out();
        for (const LogLine &l : lines) {
            if (m_grep && !m_grep->match(l.text).hasMatch())
                continue;
            if (m_prefix)
                out << '[' << nodeId << "] ";
            out << l.text << '\n';
        }
        out.flush();
    }
    void closed(QEventLoop *loop)
    {
        if (--m_open == 0)
            loop->quit();
    }

    RunsSession &m_session;
    bool m_prefix;
    std::optional<QRegularExpression> m_grep;
    int m_open = 0;
    bool m_failed = false;
};

int logs(RunsSession &session)
{
    const QString runId = session.args().positional(0);
    const QString task = session.args().positional(1);
    const bool follow = session.args().flag(QStringLiteral("--follow"));
    std::optional<QRegularExpression> grep;
    if (session.args().has(QStringLiteral("--grep"))) {
        grep = QRegularExpression(session.args().value(QStringLiteral("--grep")));
        if (!grep->isValid()) {
            session.err() << Tr::tr("--grep: %1 at %2").arg(grep->errorString()).arg(grep->patternErrorOffset()) << Qt::endl;
            return 2;
        }
    }
    const std::optional<RunSnapshot> s = session.find(runId);
    if (!s)
        return 1;
    QString scope;
    if (!task.isEmpty()) {
        const RunNode *n = taskNamed(*s, task);
        if (!n) {
            session.err() << Tr::tr("Run %1 has no task '%2'.").arg(runId, task) << Qt::endl;
            return 1;
        }
        scope = n->id;
    }
    LogPrinter printer(session, task.isEmpty() || logNodes(*s, scope).size() > 1, grep);
    QEventLoop loop;
    if (!follow) {
        // One node after the other, so each log reads whole.
        for (const QString &node : logNodes(*s, scope)) {
            printer.open(runId, node, false, &loop);
            loop.exec();
        }
        return printer.failed() ? 1 : 0;
    }
    // Following: every node that runs, as it starts, until the run has ended and its logs too.
    QSet<QString> opened;
    bool runOver = false;
    const auto update = [&] {
        const std::optional<RunSnapshot> now = session.backend().snapshot(runId);
        if (!now) {
            runOver = true;
            return;
        }
        for (const QString &node : logNodes(*now, scope))
            if (!opened.contains(node)) {
                opened.insert(node);
                printer.open(runId, node, true, &loop);
            }
        runOver = ps::isFinished(now->phase);
    };
    QObject::connect(&session.backend(), &RunBackend::runChanged, &loop, [&](const QString &id) {
        if (id == runId)
            update();
        if (runOver && printer.openCount() == 0)
            loop.quit();
    });
    update();
    while (!(runOver && printer.openCount() == 0))
        loop.exec();
    return printer.failed() ? 1 : 0;
}

} // namespace

RunsSubcommand runsLogs()
{
    RunsSubcommand c;
    c.name = QStringLiteral("logs");
    c.synopsis = QStringLiteral("logs RUN [TASK] [--follow] [--grep RE]");
    c.summary = Tr::tr("the logs of a run's tasks, or of one task, as \"[task] line\"; --follow until the run ends");
    c.arguments.required = {QStringLiteral("RUN")};
    c.arguments.optional = {QStringLiteral("TASK")};
    c.arguments.flags = {QStringLiteral("--follow")};
    c.arguments.options = {QStringLiteral("--grep")};
    c.run = &logs;
    return c;
}

} // namespace ps
