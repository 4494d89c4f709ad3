#include "testregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Says hello to its parameter, then exits with the code it is given.
const QByteArray kGreet = R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: greet}
spec:
  entrypoint: say
  arguments: {parameters: [{name: who, value: world}, {name: code, value: "0"}]}
  templates:
  - name: say
    inputs: {parameters: [{name: who}, {name: code}]}
    container: {image: busybox, command: [sh, -c, "echo hello {{inputs.parameters.who}}; echo second line; exit {{inputs.parameters.code}}"]}
)";

// Ticks for a while, one line a tick, so another process can follow it.
const QByteArray kTicks = R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: ticks}
spec:
  entrypoint: tick
  arguments: {parameters: [{name: n, value: "3"}]}
  templates:
  - name: tick
    inputs: {parameters: [{name: n}]}
    container: {image: busybox, command: [sh, -c, "for i in $(seq 1 {{inputs.parameters.n}}); do echo tick $i; sleep 1; done"]}
)";

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `pstudio runs` against the local engine, as a user calls it: the runs `pstudio run` left in
// the work directory, and runs another pstudio process is running right now.
class RunsCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_work;
    QString m_succeeded;
    QString m_failed;

    QString write(const QString &name, const QByteArray &yaml)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size())
            return {};
        return f.fileName();
    }
    Result pstudio(const QString &command, QStringList args, int timeoutMs = 120000)
    {
        args.prepend(command);
        args << u"--workdir"_s << m_work;
        QProcess p;
        p.start(QStringLiteral(PS_PSTUDIO), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    Result runs(const QStringList &args) { return pstudio(u"runs"_s, args); }
    // Starts `pstudio ARGS --workdir WORK` and leaves it running.
    std::unique_ptr<QProcess> startPstudio(QStringList args)
    {
        args << u"--workdir"_s << m_work;
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PS_PSTUDIO), args);
        p->closeWriteChannel();
        return p;
    }
    QString runOf(const Result &r) { return QJsonDocument::fromJson(r.out).object().value(u"run"_s).toString(); }
    QJsonArray listed(const QStringList &extra = {})
    {
        const Result r = runs(QStringList{u"list"_s, u"--json"_s} + extra);
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }
    QJsonObject listedRun(const QString &id)
    {
        for (const QJsonValue &v : listed())
            if (v[u"run"_s].toString() == id)
                return v.toObject();
        return {};
    }
    // The id of the one run of pipeline `name` that is running, once `pstudio runs list` shows it.
    QString waitForRunning(const QString &pipeline)
    {
        QString id;
        const bool shown = QTest::qWaitFor([&] {
            for (const QJsonValue &v : listed({u"--status"_s, u"Running"_s}))
                if (v[u"pipeline"_s].toString() == pipeline)
                    id = v[u"run"_s].toString();
            return !id.isEmpty();
        }, 60000);
        return shown ? id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_work = m_dir.filePath(u"work"_s);
        const QString greet = write(u"greet.yaml"_s, kGreet);
        const Result ok = pstudio(u"run"_s, {greet, u"--yes"_s, u"--json"_s, u"--param"_s, u"who=tester"_s});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        m_succeeded = runOf(ok);
        const Result failed = pstudio(u"run"_s, {greet, u"--yes"_s, u"--json"_s, u"--param"_s, u"code=3"_s});
        QCOMPARE(failed.exitCode, 1);
        m_failed = runOf(failed);
        QVERIFY(!m_succeeded.isEmpty() && !m_failed.isEmpty());
    }

    void listsTheRunsNewestFirst()
    {
        const QJsonArray all = listed();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0][u"run"_s].toString(), m_failed);
        QCOMPARE(all[0][u"phase"_s].toString(), u"Failed"_s);
        QCOMPARE(all[1][u"run"_s].toString(), m_succeeded);
        QCOMPARE(all[1][u"pipeline"_s].toString(), u"greet"_s);
        QVERIFY(!all[1][u"finished"_s].toString().isEmpty());

        const QJsonArray failed = listed({u"--status"_s, u"failed"_s});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][u"run"_s].toString(), m_failed);
        QCOMPARE(listed({u"--status"_s, u"Succeeded,Failed"_s}).size(), 2);

        const Result table = runs({u"list"_s});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);   // the header and the two runs
        QVERIFY2(lines[0].startsWith("RUN") && lines[0].contains("STATUS"), table.out.constData());
        QVERIFY2(lines[1].startsWith(m_failed.toUtf8()) && lines[1].contains("Failed"), table.out.constData());
    }

    void getPrintsTheRunAsRunJsonSummarisesIt()
    {
        const Result json = runs({u"get"_s, m_failed, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(summary[u"run"_s].toString(), m_failed);
        QCOMPARE(summary[u"phase"_s].toString(), u"Failed"_s);
        QCOMPARE(summary[u"tasks"_s][0][u"name"_s].toString(), u"say"_s);
        QCOMPARE(summary[u"tasks"_s][0][u"message"_s].toString(), u"exited with code 3"_s);

        const Result text = runs({u"get"_s, m_succeeded});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Status:") && text.out.contains("Succeeded"), text.out.constData());
        QVERIFY2(text.out.contains("who = tester"), text.out.constData());
        QVERIFY2(QRegularExpression(u"\\nsay +Succeeded"_s).match(QString::fromUtf8(text.out)).hasMatch(), text.out.constData());
    }

    void logsOfTheRunOrOneTaskFiltered()
    {
        const Result all = runs({u"logs"_s, m_succeeded});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out, QByteArray("[say] hello tester\n[say] second line\n"));
        const Result task = runs({u"logs"_s, m_succeeded, u"say"_s, u"--grep"_s, u"^hel+o"_s});
        QCOMPARE(task.exitCode, 0);
        QCOMPARE(task.out, QByteArray("hello tester\n"));
        const Result none = runs({u"logs"_s, m_succeeded, u"nosuchtask"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("nosuchtask"), none.err.constData());
    }

    void badArgumentsAreTwoAndUnknownRunsOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no subcommand") << QStringList{} << 2 << u"usage"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::newRow("missing run") << QStringList{u"get"_s} << 2 << u"RUN"_s;
        QTest::newRow("unknown status") << QStringList{u"list"_s, u"--status"_s, u"Sleeping"_s} << 2 << u"Sleeping"_s;
        QTest::newRow("bad expression") << QStringList{u"logs"_s, u"RUN"_s, u"--grep"_s, u"(unclosed"_s} << 2 << u"--grep"_s;
        QTest::newRow("token argument") << QStringList{u"list"_s, u"--to"_s, u"argo"_s, u"--token"_s, u"t"_s} << 2 << u"never"_s;
        QTest::newRow("server without engine") << QStringList{u"list"_s, u"--server"_s, u"http://127.0.0.1:9"_s} << 2 << u"--to"_s;
        QTest::newRow("bad parameter") << QStringList{u"resubmit"_s, u"RUN"_s, u"--param"_s, u"novalue"_s} << 2 << u"novalue"_s;
        QTest::newRow("unknown run") << QStringList{u"get"_s, u"no-such-run"_s} << 1 << u"no-such-run"_s;
        QTest::newRow("stop a finished run") << QStringList{u"stop"_s, u"RUN"_s} << 1 << u"finished"_s;
    }
    void badArgumentsAreTwoAndUnknownRunsOne()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        args.replaceInStrings(u"RUN"_s, m_succeeded);
        const Result r = runs(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }

    void resubmitWithAnotherParameterRunsItHere()
    {
        const Result r = runs({u"resubmit"_s, m_failed, u"--param"_s, u"code=0"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString again = QString::fromUtf8(r.out).trimmed();
        QVERIFY(!again.isEmpty() && again != m_failed);
        QVERIFY2(r.err.contains("[say] hello world"), r.err.constData());
        const QJsonObject run = listedRun(again);
        QCOMPARE(run[u"phase"_s].toString(), u"Succeeded"_s);
        QCOMPARE(runs({u"delete"_s, again}).exitCode, 0);
        QVERIFY(listedRun(again).isEmpty());
        const Result gone = runs({u"delete"_s, again});
        QCOMPARE(gone.exitCode, 1);
    }

    void retryOfAFailedRunFailsAgainWithOne()
    {
        const Result r = runs({u"retry"_s, m_failed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("exited with code 3"), r.err.constData());
        QCOMPARE(listedRun(m_failed)[u"phase"_s].toString(), u"Failed"_s);
        const Result refused = runs({u"retry"_s, m_succeeded});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("only a failed run"), refused.err.constData());
    }

    // A run another process runs is shown running (not interrupted), followed, and stopped
    // from here; that process then ends with the run cancelled.
    void followsAndStopsARunOfAnotherProcess()
    {
        const QString file = write(u"ticks.yaml"_s, kTicks);
        auto running = startPstudio({u"run"_s, file, u"--yes"_s, u"--param"_s, u"n=600"_s});
        const QString id = waitForRunning(u"ticks"_s);
        QVERIFY2(!id.isEmpty(), running->readAllStandardError().constData());
        auto logs = startPstudio({u"runs"_s, u"logs"_s, id, u"--follow"_s});
        QByteArray followed;
        QVERIFY(QTest::qWaitFor([&] { return (followed += logs->readAllStandardOutput()).contains("[tick] tick 2\n"); }, 30000));
        const Result stop = runs({u"stop"_s, id});
        QVERIFY2(stop.exitCode == 0, stop.err.constData());
        QVERIFY(running->waitForFinished(30000));
        QCOMPARE(running->exitCode(), 1);
        QVERIFY(logs->waitForFinished(30000));
        QCOMPARE(logs->exitCode(), 0);
        const QJsonObject stopped = listedRun(id);
        QCOMPARE(stopped[u"phase"_s].toString(), u"Failed"_s);
        QCOMPARE(stopped[u"message"_s].toString(), u"cancelled"_s);
    }

    void watchesARunOfAnotherProcessToItsEnd()
    {
        const QString file = write(u"ticks.yaml"_s, kTicks);
        auto running = startPstudio({u"run"_s, file, u"--yes"_s, u"--param"_s, u"n=3"_s});
        const QString id = waitForRunning(u"ticks"_s);
        QVERIFY(!id.isEmpty());
        const Result watched = runs({u"watch"_s, id});
        QVERIFY2(watched.exitCode == 0, watched.err.constData());
        QVERIFY2(watched.out.contains("tick  Succeeded"), watched.out.constData());
        QVERIFY(running->waitForFinished(30000));
        QCOMPARE(running->exitCode(), 0);
    }
};

PS_TEST(RunsCliTest)
#include "tst_runscli.moc"
