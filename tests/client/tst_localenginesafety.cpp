#include "enginetesting.h"
#include "testregistry.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ps;
using pstest::Engine;

namespace {

// One container step with one environment variable read from a secret.
QByteArray secretWorkflow(const QByteArray &command, const QByteArray &variable, const QByteArray &secret, const QByteArray &key)
{
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: secret}\nspec:\n  entrypoint: s\n  templates:\n"
           "  - name: s\n    container:\n      image: busybox\n      command: [sh, -c, \"" + command + "\"]\n"
           "      env: [{name: " + variable + ", valueFrom: {secretKeyRef: {name: " + secret + ", key: " + key + "}}}]\n";
}

} // namespace

// What keeps the user's machine and secrets safe, and the deeper structures of a pipeline.
class LocalEngineSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void refusesAPipelineNeverConfirmed()
    {
        Engine engine;
        const Pipeline p = pstest::pipelineFromYaml(R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: t}
spec:
  entrypoint: s
  templates:
  - name: s
    container: {image: busybox, command: [echo, hi]}
)");
        const BackendResult<QString> refused = engine.backend->submit(p, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("confirm")));
        QVERIFY(engine.backend->listRuns().isEmpty());
        QVERIFY(TrustStore::commandsOf(p).join(u'\n').contains(QStringLiteral("echo")));
        engine.backend->trustStore().trust(p);
        QVERIFY(engine.backend->submit(p, {}).ok());
        // Trust is remembered per content: the next engine on the same data trusts it too…
        LocalBackend::Settings settings;
        settings.dataDir = engine.dataDir();
        LocalBackend again(settings);
        QVERIFY(again.trustStore().isTrusted(p));
        // …but not a changed pipeline.
        Pipeline changed = p;
        changed.components.first().implementation.command.front() = CommandArg::literal(QStringLiteral("rm"));
        QVERIFY(!again.trustStore().isTrusted(changed));
    }

    void secretsReachTheTaskButNoFile()
    {
        QTemporaryDir home;
        const QString secrets = home.filePath(QStringLiteral("secrets.env"));
        QFile f(secrets);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# local stand-ins for cluster secrets\ndb/password=s3cr3t-Value-42\n");
        f.close();
        LocalBackend::Settings settings;
        settings.secretsFile = secrets;
        Engine engine(settings);
        const RunSnapshot s = engine.run(secretWorkflow("echo got $PASSWORD; test $(printf %s $PASSWORD | wc -c) -eq 15", "PASSWORD", "db",
                                                        "password"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("s"))->outputs.value(QStringLiteral("result")), QStringLiteral("got ***"));
        QDirIterator it(engine.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cr3t-Value-42"), qPrintable(file.fileName()));
        }
    }

    void aMissingSecretFailsTheTaskWithItsName()
    {
        LocalBackend::Settings settings;
        settings.secretsFile = QStringLiteral("/nonexistent/secrets.env");
        Engine engine(settings);
        const RunSnapshot s = engine.run(secretWorkflow("true", "TOKEN", "api", "token"));
        QCOMPARE(toString(s.phase), QStringLiteral("Error"));
        QVERIFY2(s.node(QStringLiteral("s"))->message.contains(QStringLiteral("'api'")), qPrintable(Engine::describe(s)));
    }

    void prunesRunsOlderThanTheRetention()
    {
        QTemporaryDir data;
        auto writeRun = [&](const QString &id, int daysAgo) {
            RunSnapshot s;
            s.id = id;
            s.phase = RunPhase::Succeeded;
            s.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            QDir().mkpath(data.filePath(QStringLiteral("runs/") + id));
            QFile f(data.filePath(QStringLiteral("runs/%1/run.json").arg(id)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(s.toJson()).toJson());
        };
        writeRun(QStringLiteral("old"), 40);
        writeRun(QStringLiteral("recent"), 2);
        LocalBackend::Settings settings;
        settings.retentionDays = 30;
        Engine engine(settings, data.path());
        QVERIFY(!engine.backend->snapshot(QStringLiteral("old")));
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("runs/old"))));
        QVERIFY(engine.backend->snapshot(QStringLiteral("recent")));
        QCOMPARE(engine.backend->listRuns().size(), 1);
    }

    void aKfpExitHandlerSeesTheFinalStatus()
    {
        Engine engine;
        const RunSnapshot s = engine.run(R"(
components:
  comp-exit-handler-1:
    dag:
      tasks:
        fail-op:
          componentRef: {name: comp-fail-op}
          taskInfo: {name: fail-op}
  comp-fail-op:
    executorLabel: exec-fail-op
  comp-exit-op:
    executorLabel: exec-exit-op
    inputDefinitions:
      parameters:
        status: {isOptional: true, parameterType: TASK_FINAL_STATUS}
deploymentSpec:
  executors:
    exec-fail-op:
      container: {image: python:3.11, command: [sh, -c, 'echo failing; exit 1']}
    exec-exit-op:
      container: {image: python:3.11, command: [echo, '{{$.inputs.parameters[''status'']}}']}
pipelineInfo: {name: kfp-exit}
root:
  dag:
    tasks:
      exit-handler-1:
        componentRef: {name: comp-exit-handler-1}
        taskInfo: {name: my-pipeline}
      exit-op:
        componentRef: {name: comp-exit-op}
        dependentTasks: [exit-handler-1]
        inputs:
          parameters:
            status: {taskFinalStatus: {producerTask: exit-handler-1}}
        taskInfo: {name: exit-op}
        triggerPolicy: {strategy: ALL_UPSTREAM_TASKS_COMPLETED}
schemaVersion: 2.1.0
sdkVersion: kfp-2.1.3
)");
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QVERIFY2(s.node(QStringLiteral("exit-op")), qPrintable(Engine::describe(s)));
        const QJsonObject status = QJsonDocument::fromJson(s.node(QStringLiteral("exit-op"))->outputs.value(QStringLiteral("result")).toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(status.value(QStringLiteral("pipelineTaskName")).toString(), QStringLiteral("exit-handler-1"));
        QVERIFY(status.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("fail-op")));
    }

    void expandsNestedAndRecursiveSubPipelines()
    {
        Engine engine;
        const RunSnapshot s = engine.run(R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: nested}
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - {name: outer, template: countdown, arguments: {parameters: [{name: n, value: "3"}]}}
  - name: countdown
    inputs: {parameters: [{name: n}]}
    steps:
    - - {name: show, template: show, arguments: {parameters: [{name: n, value: "{{inputs.parameters.n}}"}]}}
    - - name: again
        template: countdown
        when: "{{inputs.parameters.n}} > 1"
        arguments: {parameters: [{name: n, value: "{{steps.show.outputs.result}}"}]}
  - name: show
    inputs: {parameters: [{name: n}]}
    container: {image: busybox, command: [sh, -c, "echo $(({{inputs.parameters.n}} - 1)) "]}
)");
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("outer/show"))->outputs.value(QStringLiteral("result")), QStringLiteral("2"));
        QCOMPARE(s.node(QStringLiteral("outer/again/again/show"))->outputs.value(QStringLiteral("result")), QStringLiteral("0"));
        QCOMPARE(toString(s.node(QStringLiteral("outer/again/again/again"))->phase), QStringLiteral("Skipped"));
    }

    void cyclesFoundAtRunTimeEndTheRunSayingWhere()
    {
        Engine engine;
        auto dag = [](const QByteArray &templates) -> QByteArray {
            return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: cyc}\nspec:\n  entrypoint: main\n  templates:\n"
                   + templates + "  - name: echo\n    container: {image: busybox, command: [echo, hi]}\n";
        };
        // The root graph's tasks wait for each other: nothing runs.
        const RunSnapshot root = engine.run(dag(R"(  - name: main
    dag:
      tasks:
      - {name: a, template: echo, dependencies: [b]}
      - {name: b, template: echo, dependencies: [a]}
      - {name: c, template: echo}
)"));
        QCOMPARE(toString(root.phase), QStringLiteral("Error"));
        QVERIFY2(root.message.contains(QStringLiteral("cycle: a, b")), qPrintable(root.message));
        QVERIFY(root.leaves().isEmpty());

        // A sub-pipeline's tasks do: that task errs, when it is reached.
        const RunSnapshot sub = engine.run(dag(R"(  - name: main
    steps:
    - - {name: first, template: echo}
    - - {name: inner, template: knot}
  - name: knot
    dag:
      tasks:
      - {name: x, template: echo, dependencies: [y]}
      - {name: y, template: echo, dependencies: [x]}
)"));
        QCOMPARE(toString(sub.phase), QStringLiteral("Error"));
        QVERIFY(sub.node(QStringLiteral("first")) && ps::isSuccessful(sub.node(QStringLiteral("first"))->phase));
        QVERIFY2(sub.node(QStringLiteral("inner"))->message.contains(QStringLiteral("sub-pipeline 'knot' wait for each other in a cycle: x, y")),
                 qPrintable(sub.node(QStringLiteral("inner"))->message));

        // A template that calls itself without a condition: stopped at the depth limit.
        const RunSnapshot endless = engine.run(dag(R"(  - name: main
    steps:
    - - {name: down, template: again}
  - name: again
    steps:
    - - {name: deeper, template: again}
)"));
        QCOMPARE(toString(endless.phase), QStringLiteral("Error"));
        QVERIFY2(endless.message.contains(QStringLiteral("a recursion that does not end")), qPrintable(endless.message));
    }

    void aTaskWritingAGigabyteIsStoppedAtTheOutputLimit()
    {
        LocalBackend::Settings settings;
        settings.maxLogBytes = qint64(8) << 20;
        Engine engine(settings);
        QElapsedTimer clock;
        clock.start();
        const QByteArray yaml = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: loud}
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - {name: loud, template: loud}
      - {name: after, template: quiet, dependencies: [loud]}
  - name: loud
    container: {image: busybox, command: [sh, -c, "head -c 1000000000 /dev/zero | tr '\\0' x | fold -w 1000"]}
  - name: quiet
    container: {image: busybox, command: [echo, fine]}
)";
        const RunSnapshot s = engine.run(yaml);
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QVERIFY2(s.node(QStringLiteral("loud"))->message.contains(QStringLiteral("more than 8 MB of output")),
                 qPrintable(s.node(QStringLiteral("loud"))->message));
        QCOMPARE(toString(s.node(QStringLiteral("after"))->phase), QStringLiteral("Omitted"));
        QVERIFY(clock.elapsed() < 30000); // stopped, not left to write its gigabyte
        const qint64 logSize = QFileInfo(engine.backend->recordedLogPath(s.id, QStringLiteral("loud"))).size();
        QVERIFY2(logSize > (qint64(8) << 20) && logSize < (qint64(12) << 20), qPrintable(QString::number(logSize)));
        // The engine goes on.
        const RunSnapshot next = engine.run(QByteArray(yaml).replace("head -c 1000000000", "head -c 1000"));
        QVERIFY2(next.phase == RunPhase::Succeeded, qPrintable(Engine::describe(next)));
    }

    void aCrashingScriptFailsItsTaskWithItsTraceback()
    {
        Engine engine;
        const RunSnapshot s = engine.run(R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: crash}
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - {name: divide, template: divide}
    - - {name: after, template: divide}
  - name: divide
    script:
      image: python:3.11
      command: [python]
      source: |
        print("about to divide")
        print(1 / 0)
)");
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QCOMPARE(s.node(QStringLiteral("divide"))->message, QStringLiteral("exited with code 1"));
        QFile log(engine.backend->recordedLogPath(s.id, QStringLiteral("divide")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("about to divide"));
        QVERIFY(text.contains("ZeroDivisionError"));
        QVERIFY(!s.node(QStringLiteral("after")) || !ps::isSuccessful(s.node(QStringLiteral("after"))->phase));
    }
};

PS_TEST(LocalEngineSafetyTest)
#include "tst_localenginesafety.moc"
