#include "argoonetask.h"
#include "argoworkflowmapper.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The spec of pstest::oneTaskWorkflow: a DAG `main` whose task `hello` runs template `echo`.
QJsonObject oneTaskSpec()
{
    const QJsonObject hello{{u"name"_s, u"hello"_s}, {u"template"_s, u"echo"_s}};
    const QJsonObject main{{u"name"_s, u"main"_s}, {u"dag"_s, QJsonObject{{u"tasks"_s, QJsonArray{hello}}}}};
    const QJsonObject echo{{u"name"_s, u"echo"_s},
                           {u"container"_s, QJsonObject{{u"image"_s, u"alpine:3.19"_s}, {u"command"_s, QJsonArray{u"echo"_s, u"hi"_s}}}}};
    return QJsonObject{{u"entrypoint"_s, u"main"_s}, {u"templates"_s, QJsonArray{main, echo}}};
}

// A workflow of ours as the Argo Server keeps it: the one-task DAG, in `phase`.
QJsonObject managedWorkflow(const QString &name, const QString &phase)
{
    const QJsonObject labels{{QLatin1String(ps::ArgoWorkflowMapper::kManagedLabel), u"true"_s}};
    QJsonObject wf{{u"apiVersion"_s, u"argoproj.io/v1alpha1"_s},
                   {u"kind"_s, u"Workflow"_s},
                   {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"ml"_s}, {u"labels"_s, labels}}},
                   {u"spec"_s, oneTaskSpec()}};
    wf[u"status"_s] = pstest::oneTaskStatus(name, phase);
    return wf;
}

QString podOf(const QString &wf) { return wf + u"-echo-"_s + ps::ArgoWorkflowMapper::nodeHash(wf + u".hello"_s); }

} // namespace

// `pstudio runs` against the fake Argo Server and Kubeflow Pipelines API (they run in this
// process, so the test turns the event loop while pstudio runs).
class RunsCliClusterTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_token;

    Result runs(QStringList args)
    {
        args.prepend(u"runs"_s);
        args << u"--token-file"_s << m_token;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"ARGO_TOKEN"_s);
        env.remove(u"KFP_TOKEN"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PS_PSTUDIO), args);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    // Starts `pstudio runs ARGS` and leaves it running (the caller turns the event loop).
    std::unique_ptr<QProcess> startRuns(QStringList args)
    {
        args.prepend(u"runs"_s);
        args << u"--token-file"_s << m_token;
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PS_PSTUDIO), args);
        p->closeWriteChannel();
        return p;
    }
    static bool ended(QProcess &p) { return QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000); }
    static QStringList argo(const pstest::FakeArgoServer &server)
    {
        return {u"--to"_s, u"argo"_s, u"--server"_s, server.url().toString(), u"--namespace"_s, u"ml"_s};
    }
    static QStringList kfp(const pstest::FakeKfpServer &server) { return {u"--to"_s, u"kfp"_s, u"--server"_s, server.url().toString()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_token = m_dir.filePath(u"token"_s);
        QFile t(m_token);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("sa-token\n");
    }

    void argoListGetAndLogs()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.requireToken(u"sa-token"_s);
        server.addWorkflow(managedWorkflow(u"train-a"_s, u"Succeeded"_s));
        server.addWorkflow(managedWorkflow(u"train-b"_s, u"Failed"_s));
        server.logs().append(podOf(u"train-a"_s), u"epoch 1"_s);
        server.logs().append(podOf(u"train-a"_s), u"accuracy 0.97"_s);
        server.logs().finish(podOf(u"train-a"_s));

        const Result list = runs(QStringList{u"list"_s, u"--json"_s, u"--status"_s, u"Failed"_s} + argo(server));
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray failed = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][u"run"_s].toString(), u"train-b"_s);

        const Result get = runs(QStringList{u"get"_s, u"train-a"_s, u"--json"_s} + argo(server));
        QVERIFY2(get.exitCode == 0, get.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(get.out).object();
        QCOMPARE(summary[u"phase"_s].toString(), u"Succeeded"_s);
        QCOMPARE(summary[u"tasks"_s][0][u"name"_s].toString(), u"hello"_s);

        const Result logs = runs(QStringList{u"logs"_s, u"train-a"_s, u"hello"_s, u"--grep"_s, u"accuracy"_s} + argo(server));
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        QCOMPARE(logs.out, QByteArray("accuracy 0.97\n"));
        QCOMPARE(server.requestsTo(u"GET"_s, u".*/log"_s).value(0).query.queryItemValue(u"logOptions.follow"_s), u"false"_s);
    }

    // Argo answers the stop request at once, then refuses it: the refusal and its reason is
    // what the user reads, with exit 1.
    void argoRefusesAStopWithItsReason()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.addWorkflow(managedWorkflow(u"busy"_s, u"Running"_s));
        pstest::Fault refused;
        refused.kind = pstest::Fault::Kind::Forbidden;
        refused.pathContains = u"/busy/stop"_s;
        refused.message = u"workflows.argoproj.io \"busy\" is forbidden: cannot stop"_s;
        server.injectFault(refused);
        const Result r = runs(QStringList{u"stop"_s, u"busy"_s} + argo(server));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot stop"), r.err.constData());
        QCOMPARE(server.requestsTo(u"PUT"_s, u".*/busy/stop"_s).size(), 1);

        const Result stopped = runs(QStringList{u"stop"_s, u"busy"_s} + argo(server));
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
    }

    void argoResubmitAndDelete()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.addWorkflow(managedWorkflow(u"old"_s, u"Failed"_s));
        const Result again = runs(QStringList{u"resubmit"_s, u"old"_s} + argo(server));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QString created = QString::fromUtf8(again.out).trimmed();
        QVERIFY2(server.workflowNames().contains(created), again.out.constData());
        const Result deleted = runs(QStringList{u"delete"_s, u"old"_s} + argo(server));
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(!server.workflowNames().contains(u"old"_s));
    }

    // `watch` follows the run through the server's watch until it ends: each task's change a
    // line (into a pipe), exit 0 when it succeeded.
    void argoWatchFollowsTheRunToItsEnd()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.addWorkflow(managedWorkflow(u"long"_s, u"Running"_s));
        auto watch = startRuns(QStringList{u"watch"_s, u"long"_s} + argo(server));
        QVERIFY(QTest::qWaitFor([&] { return server.openWatches() == 1; }, 30000));
        server.setStatus(u"long"_s, pstest::oneTaskStatus(u"long"_s, u"Succeeded"_s));
        QVERIFY(ended(*watch));
        const QByteArray out = watch->readAllStandardOutput();
        QVERIFY2(watch->exitCode() == 0, watch->readAllStandardError().constData());
        QVERIFY2(out.contains("hello  Running\n") && out.contains("hello  Succeeded\n"), out.constData());
    }

    // A server that stops accepting us while we watch: exit 1 with its reason, not a hang.
    void argoWatchRefusedLaterIsOneWithTheReason()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.requireToken(u"sa-token"_s);
        server.addWorkflow(managedWorkflow(u"long"_s, u"Running"_s));
        auto watch = startRuns(QStringList{u"watch"_s, u"long"_s} + argo(server));
        QVERIFY(QTest::qWaitFor([&] { return server.openWatches() == 1; }, 30000));
        server.requireToken(u"rotated-token"_s);
        server.dropWatches();
        QVERIFY(ended(*watch));
        const QByteArray err = watch->readAllStandardError();
        QCOMPARE(watch->exitCode(), 1);
        QVERIFY2(err.contains("Stopped watching run long") && err.contains("401"), err.constData());
    }

    void argoListRefusedIsOneWithTheServersMessage()
    {
        pstest::FakeArgoServer server;
        QVERIFY(server.listen());
        server.requireToken(u"another-token"_s);
        const Result r = runs(QStringList{u"list"_s} + argo(server));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401"), r.err.constData());
    }

    void kfpListAndARefusedRetry()
    {
        pstest::FakeKfpServer server;
        QVERIFY(server.listen());
        const QJsonObject run = server.addRun(QJsonObject{{u"display_name"_s, u"nightly"_s}, {u"pipeline_spec"_s, QJsonObject{}}});
        const QString id = run[u"run_id"_s].toString();
        server.setRun(id, u"FAILED"_s, {}, u"task failed"_s);
        const Result list = runs(QStringList{u"list"_s, u"--json"_s} + kfp(server));
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray listed = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0)[u"run"_s].toString(), id);
        pstest::Fault refused;
        refused.kind = pstest::Fault::Kind::ServerError;
        refused.pathContains = u":retry"_s;
        refused.message = u"retry is not possible: the run was archived"_s;
        server.injectFault(refused);
        const Result get = runs(QStringList{u"get"_s, id, u"--json"_s} + kfp(server));
        QVERIFY2(get.exitCode == 0, get.err.constData());
        QCOMPARE(QJsonDocument::fromJson(get.out).object()[u"phase"_s].toString(), u"Failed"_s);
        const Result retry = runs(QStringList{u"retry"_s, id} + kfp(server));
        QCOMPARE(retry.exitCode, 1);
        QVERIFY2(retry.err.contains("the run was archived"), retry.err.constData());
    }
};

PS_TEST(RunsCliClusterTest)
#include "tst_runsclicluster.moc"
