#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `pstudio run` as a user calls it.
class RunCliTest : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args, const QByteArray &yaml = {})
    {
        QStringList all{QStringLiteral("run")};
        if (!yaml.isEmpty()) {
            QFile f(m_dir.filePath(QStringLiteral("p.yaml")));
            f.open(QIODevice::WriteOnly);
            f.write(yaml);
            all << f.fileName();
        }
        all << args << QStringLiteral("--workdir") << m_dir.filePath(QStringLiteral("work"));
        QProcess p;
        p.start(QStringLiteral(PS_PSTUDIO), all);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QTemporaryDir m_dir;

private slots:
    void succeedsWithJsonSummary()
    {
        const Result r = run({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--param"), QStringLiteral("who=tester")}, R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: hello}
spec:
  entrypoint: say
  arguments: {parameters: [{name: who, value: world}]}
  templates:
  - name: say
    inputs: {parameters: [{name: who}]}
    container: {image: busybox, command: [echo, "hello {{inputs.parameters.who}}"]}
)");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("phase")).toString(), QStringLiteral("Succeeded"));
        QVERIFY(!summary.value(QStringLiteral("run")).toString().isEmpty());
        QCOMPARE(summary.value(QStringLiteral("tasks")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("say"));
        // Progress and the task's log went to stderr, stdout holds only the JSON.
        QVERIFY2(r.err.contains("[say] hello tester"), r.err.constData());
    }

    void failsWithOneAndSaysWhy()
    {
        const Result r = run({QStringLiteral("--yes"), QStringLiteral("--json")}, R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: broken}
spec:
  entrypoint: boom
  templates:
  - name: boom
    container: {image: busybox, command: [sh, -c, "exit 7"]}
)");
        QCOMPARE(r.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("phase")).toString(), QStringLiteral("Failed"));
        QCOMPARE(summary.value(QStringLiteral("tasks")).toArray().first().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("exited with code 7"));
    }

    // The user-level Prometheus scrapes what its targets folder lists: the command line lists
    // its engine there while the run lasts, as the application does, and takes it out after.
    void publishesItsMetricsEndpointForTheLocalPrometheusWhileRunning()
    {
        QFile f(m_dir.filePath(QStringLiteral("slow.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: slow}
spec:
  entrypoint: s
  templates:
  - name: s
    container: {image: busybox, command: [sh, -c, "sleep 4"]}
)");
        f.close();
        QTemporaryDir cache;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PS_PSTUDIO), {QStringLiteral("run"), f.fileName(), QStringLiteral("--yes"),
                                             QStringLiteral("--metrics-port"), QStringLiteral("0"), QStringLiteral("--workdir"),
                                             m_dir.filePath(QStringLiteral("work-metrics"))});
        QVERIFY(p.waitForStarted());
        p.closeWriteChannel();
        const QDir targets(cache.filePath(QStringLiteral("pipeline-studio/prometheus/targets")));
        const QString file = targets.filePath(QStringLiteral("engine-%1.json").arg(p.processId()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 20000);
        // The port it lists is the one the engine serves its metrics on.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("/metrics"), 10000);
        const QRegularExpressionMatch port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/metrics")).match(QString::fromUtf8(err));
        QVERIFY2(port.hasMatch(), err.constData());
        QFile listed(file);
        QVERIFY(listed.open(QIODevice::ReadOnly));
        const QJsonArray groups = QJsonDocument::fromJson(listed.readAll()).array();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("targets")).toArray().first().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(port.captured(1)));
        QVERIFY(p.state() == QProcess::Running); // listed while the run lasts
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!QFile::exists(file), "the run ended but its metrics endpoint is still listed");
        QVERIFY(targets.entryList(QDir::Files).isEmpty());
    }

    void refusesUnreadableFilesAndUnconfirmedRuns()
    {
        QCOMPARE(run({m_dir.filePath(QStringLiteral("missing.yaml"))}).exitCode, 2);
        const Result r = run({}, R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: unconfirmed}
spec:
  entrypoint: s
  templates:
  - name: s
    container: {image: busybox, command: [echo, never]}
)");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY(r.err.contains("echo"));  // the commands were shown
        QVERIFY(!r.out.contains("never"));
    }
};

PS_TEST(RunCliTest)
#include "tst_runcli.moc"
