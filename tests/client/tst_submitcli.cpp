#include "argoonetask.h"
#include "argoworkflowmapper.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "fakekubeserver.h"
#include "futurewait.h"
#include "kubecontextfixture.h"
#include "privatekeyring.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: cli-demo-
spec:
  entrypoint: main
  arguments:
    parameters:
    - name: epochs
      value: "3"
  templates:
  - name: main
    dag:
      tasks:
      - name: hello
        template: echo
        arguments: {parameters: [{name: msg, value: "{{workflow.parameters.epochs}}"}]}
  - name: echo
    inputs: {parameters: [{name: msg}]}
    container: {image: "alpine:3.19", command: [echo, "{{inputs.parameters.msg}}"]}
)";

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ARGO_TOKEN"_s);
    env.remove(u"KFP_TOKEN"_s);
    return env;
}

// `pstudio submit ARGS`, run while the test turns the event loop (the fakes are in this process).
class Pstudio
{
public:
    void start(const QStringList &args, const QProcessEnvironment &env)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env);
        m_process->start(QStringLiteral(PS_PSTUDIO), QStringList{u"submit"_s} + args);
        m_process->closeWriteChannel();
        m_err.clear();
    }
    // Whether pstudio has printed `text` on its standard error so far.
    bool printed(const QByteArray &text)
    {
        m_err += m_process->readAllStandardError();
        return m_err.contains(text);
    }
    Result finish()
    {
        if (!QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning; }, 60000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_err += m_process->readAllStandardError();
        return {m_process->exitCode(), m_process->readAllStandardOutput(), m_err};
    }
    Result submit(const QStringList &args, const QProcessEnvironment &env)
    {
        start(args, env);
        return finish();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_err;
};

QString writePipeline(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"p.yaml"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(kPipeline) != kPipeline.size())
        return {};
    return path;
}

} // namespace

// `pstudio submit` as CI calls it, against the fake Argo Server and KFP API (the fakes run
// in this process, so the test turns the event loop while pstudio runs).
class SubmitCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_tokenFile;
    Pstudio m_pstudio;

    void start(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment()) { m_pstudio.start(args, env); }
    Result finish() { return m_pstudio.finish(); }
    Result submit(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment()) { return m_pstudio.submit(args, env); }

    // Plays the controller for the one-task run pstudio submitted with --follow: `hello`
    // runs and logs `line`, then succeeds. The workflow's name, or "" when pstudio never watched.
    QString playOneTaskRun(pstest::FakeArgoServer &argo, const QString &line)
    {
        if (!QTest::qWaitFor([&] { return !argo.workflowNames().isEmpty() && argo.openWatches() == 1; }, 30000))
            return {};
        const QString wf = argo.workflowNames().first();
        const QString pod = wf + u"-echo-"_s + ps::ArgoWorkflowMapper::nodeHash(wf + u".hello"_s);
        argo.logs().append(pod, line);
        argo.setStatus(wf, pstest::oneTaskStatus(wf, u"Running"_s));
        if (!QTest::qWaitFor([&] { return !argo.requestsTo(u"GET"_s, u".*/log"_s).isEmpty(); }, 30000))
            return {};
        // The pod ends once pstudio has shown its line, as a real one outlives its last output.
        if (!QTest::qWaitFor([&] { return m_pstudio.printed("[hello] " + line.toUtf8()); }, 30000))
            return {};
        argo.logs().finish(pod);
        argo.setStatus(wf, pstest::oneTaskStatus(wf, u"Succeeded"_s));
        return wf;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = writePipeline(m_dir);
        QVERIFY(!m_file.isEmpty());
        m_tokenFile = m_dir.filePath(u"token"_s);
        QFile t(m_tokenFile);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("sa-token\n");
    }

    void argoAcceptedWithoutFollow()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"sa-token"_s);
        const Result r = submit({m_file, u"--to"_s, u"argo"_s, u"--server"_s, argo.url().toString(), u"--namespace"_s, u"ml"_s,
                                 u"--token-file"_s, m_tokenFile, u"--param"_s, u"epochs=5"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        const QString run = summary.value(u"run"_s).toString();
        QCOMPARE(argo.workflowNames(), QStringList{run});
        const QJsonObject wf = argo.workflow(run);
        QCOMPARE(wf[u"metadata"_s][u"namespace"_s].toString(), u"ml"_s);
        QCOMPARE(wf[u"spec"_s][u"arguments"_s][u"parameters"_s][0][u"value"_s].toString(), u"5"_s);
        QCOMPARE(argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml/lint"_s).size(), 1);
        QVERIFY(!r.out.contains("sa-token") && !r.err.contains("sa-token"));
    }

    void argoFollowedToTheEnd()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"ARGO_TOKEN"_s, u"env-token"_s);
        argo.requireToken(u"env-token"_s);
        start({m_file, u"--to"_s, u"argo"_s, u"--server"_s, argo.url().toString(), u"--namespace"_s, u"ml"_s, u"--follow"_s, u"--json"_s}, env);
        QVERIFY(!playOneTaskRun(argo, u"epoch 1 of 3"_s).isEmpty());
        const Result r = finish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(u"phase"_s).toString(), u"Succeeded"_s);
        QCOMPARE(summary.value(u"tasks"_s).toArray().first().toObject().value(u"name"_s).toString(), u"hello"_s);
        QVERIFY2(r.err.contains("hello  Running"), r.err.constData());
        QVERIFY2(r.err.contains("[hello] epoch 1 of 3"), r.err.constData());
    }

    void argoThroughAKubeconfigContext()
    {
        // No port-forward: Argo Server answers through the API server's service proxy, which
        // the kubeconfig context's exec plugin token opens.
        pstest::FakeKubeServer kube;
        pstest::FakeArgoServer argo;
        QVERIFY(kube.listen() && argo.listen());
        kube.requireToken(u"kube-token"_s);
        kube.forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        pstest::KubeContextFixture context(kube.url(), u"lab"_s, u"ml"_s);
        context.setToken(u"kube-token"_s);
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"KUBECONFIG"_s, context.kubeconfig());
        env.insert(u"ARGO_TOKEN"_s, u"engine-token"_s);   // not what a context uses
        start({m_file, u"--to"_s, u"argo"_s, u"--context"_s, u"lab"_s, u"--follow"_s, u"--json"_s}, env);
        const QString wf = playOneTaskRun(argo, u"through the proxy"_s);
        QVERIFY(!wf.isEmpty());
        const Result r = finish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"phase"_s).toString(), u"Succeeded"_s);
        QVERIFY2(r.err.contains("[hello] through the proxy"), r.err.constData());
        QCOMPARE(argo.workflow(wf)[u"metadata"_s][u"namespace"_s].toString(), u"ml"_s);   // the context's namespace
        const QString proxy = u"/api/v1/namespaces/argo/services/https:argo-server:2746/proxy"_s;
        QCOMPARE(kube.requestsTo(u"POST"_s, proxy + u"/api/v1/workflows/ml/lint"_s).size(), 1);
        QCOMPARE(kube.requestsTo(u"POST"_s, proxy + u"/api/v1/workflows/ml"_s).size(), 1);
        QVERIFY(!kube.requestsTo(u"GET"_s, proxy + u"/api/v1/workflow-events/ml"_s).isEmpty());
        for (const auto &request : kube.requests())
            QCOMPARE(request.header("authorization"), QByteArray("Bearer kube-token"));
        for (const auto &request : argo.requests())
            QVERIFY(request.header("authorization").isEmpty());
        QCOMPARE(context.pluginRuns(), 1);
        QVERIFY(!r.out.contains("kube-token") && !r.err.contains("kube-token"));
    }

    void refusedIsOne_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("wrong token") << 401;
        QTest::newRow("lint refuses") << 400;
    }
    void refusedIsOne()
    {
        QFETCH(int, status);
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"sa-token"_s);
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"ARGO_TOKEN"_s, status == 401 ? u"stale"_s : u"sa-token"_s);
        if (status == 400)
            argo.setLintError(u"spec.templates[0].dag.tasks[0] 'hello' uses undefined template 'nope'"_s);
        const Result r = submit({m_file, u"--to"_s, u"argo"_s, u"--server"_s, argo.url().toString(), u"--json"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(status == 401 ? "401" : "undefined template"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"phase"_s).toString(), u"Error"_s);
        QVERIFY(argo.workflowNames().isEmpty());
    }

    void kfpWithAnExperiment()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        kfp.requireToken(u"kfp-token"_s);
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"KFP_TOKEN"_s, u"kfp-token"_s);
        const Result r = submit({m_file, u"--to"_s, u"kfp"_s, u"--server"_s, kfp.url().toString(), u"--experiment"_s, u"nightly"_s,
                                 u"--param"_s, u"epochs=9"_s},
                                env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("submitted run"), r.out.constData());
        QCOMPARE(kfp.experiments().size(), 1);
        QCOMPARE(kfp.experiments().first().value(u"display_name"_s).toString(), u"nightly"_s);
        QCOMPARE(kfp.runIds().size(), 1);
        QCOMPARE(kfp.run(kfp.runIds().first())[u"runtime_config"_s][u"parameters"_s][u"epochs"_s].toString(), u"9"_s);
    }

    void invalidFileOrSettingsAreTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString server = u"http://127.0.0.1:9"_s;
        QTest::newRow("no target") << QStringList{u"FILE"_s, u"--server"_s, server} << u"--to"_s;
        QTest::newRow("server and context") << QStringList{u"FILE"_s, u"--to"_s, u"argo"_s, u"--server"_s, server, u"--context"_s, u"x"_s}
                                            << u"either"_s;
        QTest::newRow("token argument") << QStringList{u"FILE"_s, u"--to"_s, u"argo"_s, u"--server"_s, server, u"--token"_s, u"t"_s}
                                        << u"never"_s;
        QTest::newRow("missing token file") << QStringList{u"FILE"_s, u"--to"_s, u"argo"_s, u"--server"_s, server, u"--token-file"_s,
                                                           u"/nonexistent/token"_s}
                                            << u"/nonexistent/token"_s;
        QTest::newRow("unknown context") << QStringList{u"FILE"_s, u"--to"_s, u"kfp"_s, u"--context"_s, u"nowhere"_s} << u"nowhere"_s;
        QTest::newRow("unreadable file") << QStringList{u"/nonexistent/p.yaml"_s, u"--to"_s, u"argo"_s, u"--server"_s, server}
                                         << u"p.yaml"_s;
        QTest::newRow("experiment on argo") << QStringList{u"FILE"_s, u"--to"_s, u"argo"_s, u"--server"_s, server, u"--experiment"_s, u"e"_s}
                                            << u"--experiment"_s;
    }
    void invalidFileOrSettingsAreTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        args.replaceInStrings(u"FILE"_s, m_file);
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"KUBECONFIG"_s, m_dir.filePath(u"no-kubeconfig"_s));
        const Result r = submit(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    }
};

// `pstudio submit --server URL` takes the keychain token of a connection saved in Pipeline
// Studio for the same server, from a private keyring (its own process under ctest: the
// keyring's bus goes away at the end, which GLib's D-Bus answers by ending the process).
class SubmitCliKeychainTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    Pstudio m_pstudio;
    pstest::PrivateKeyring m_keyring;

private slots:
    void initTestCase()
    {
        PS_START_PRIVATE_KEYRING(m_keyring);
        m_file = writePipeline(m_dir);
        QVERIFY(!m_file.isEmpty());
    }
    void cleanupTestCase() { m_keyring.stop(); }

    void keychainTokenOfASavedConnection()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"keychain-token"_s);
        QTemporaryDir config;
        ps::ConnectionProfile saved = ps::ConnectionProfile::create(ps::ConnectionProfile::Kind::ArgoUrl);
        saved.name = u"lab"_s;
        saved.url = argo.url();
        {
            QSettings settings(config.filePath(u"PipelineStudio/Pipeline Studio.conf"_s), QSettings::IniFormat);
            ps::ConnectionProfileStore(&settings).put(saved);
        }
        const auto written = pstest::resultOf(ps::CredentialStore(u"pipeline-studio"_s).write(saved.credentialKey(), u"keychain-token"_s));
        QVERIFY2(written.ok() && written.persistent, qPrintable(written.message));
        QProcessEnvironment env = cleanEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(m_keyring.busAddress()));
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"ARGO_TOKEN"_s, u"env-token"_s);   // the keychain comes first
        // The same server written with a trailing slash.
        const Result r = m_pstudio.submit({m_file, u"--to"_s, u"argo"_s, u"--server"_s, argo.url().toString() + u'/', u"--namespace"_s, u"ml"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s).value(0).header("authorization"), QByteArray("Bearer keychain-token"));
        QVERIFY(!r.out.contains("keychain-token") && !r.err.contains("keychain-token"));

        // Another server is not offered that token.
        pstest::FakeArgoServer other;
        QVERIFY(other.listen());
        other.requireToken(u"keychain-token"_s);
        const Result elsewhere = m_pstudio.submit({m_file, u"--to"_s, u"argo"_s, u"--server"_s, other.url().toString(), u"--namespace"_s, u"ml"_s}, env);
        QCOMPARE(elsewhere.exitCode, 1);
        QCOMPARE(other.requests().value(0).header("authorization"), QByteArray("Bearer env-token"));
        QVERIFY(pstest::resultOf(ps::CredentialStore(u"pipeline-studio"_s).remove(saved.credentialKey())).ok());
    }
};

PS_TEST(SubmitCliTest)
PS_TEST(SubmitCliKeychainTest)
#include "tst_submitcli.moc"
