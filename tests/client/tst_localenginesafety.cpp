#include "enginetesting.h"
#include "testregistry.h"

#include <QDirIterator>
#include <QJsonDocument>
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
};

PS_TEST(LocalEngineSafetyTest)
#include "tst_localenginesafety.moc"
