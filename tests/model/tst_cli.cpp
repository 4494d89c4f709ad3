#include "testdata.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pstest;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result pstudio(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PS_PSTUDIO), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void validateExitCodes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPattern");
        QTest::newRow("valid component") << QByteArray("name: c\nimplementation: {container: {image: busybox, command: [echo]}}\n") << 0 << "";
        QTest::newRow("invalid: cycle")
            << QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: loop\n"
                          "components: {s: {inputs: [{name: i, type: any}], outputs: [{name: o, type: any}], implementation: {container: {image: b}}}}\n"
                          "tasks:\n  - name: a\n    component: s\n    inputs: {i: {task: b, output: o}}\n"
                          "  - name: b\n    component: s\n    inputs: {i: {task: a, output: o}}\n")
            << 1 << R"(^.*bad\.yaml:6:5: error: task 'a': cycle: a → b → a)";
        QTest::newRow("invalid: located syntax error") << QByteArray("name: c\ninputs: [\n") << 2 << R"(bad\.yaml:\d+:\d+: error: syntax error)";
        QTest::newRow("unknown format") << QByteArray("hello: world\n") << 2 << R"(bad\.yaml:1:1: error: unrecognised format)";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 2 << "not text";
    }
    void validateExitCodes()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, stderrPattern);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("bad.yaml"), content);
        const Result r = pstudio({QStringLiteral("validate"), path});
        QCOMPARE(r.code, code);
        if (!stderrPattern.isEmpty()) {
            const QRegularExpression re(stderrPattern, QRegularExpression::MultilineOption);
            QVERIFY2(re.match(r.err).hasMatch(), qPrintable(r.err));
        }
    }

    void validateMissingFile()
    {
        const Result r = pstudio({QStringLiteral("validate"), QStringLiteral("/nonexistent/p.yaml")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/p.yaml: error: cannot open")));
    }

    // A German user reads pstudio's messages in German, as the application shows them.
    void speaksTheUsersLanguage()
    {
        QTemporaryDir dir;
        const QString empty = write(dir, QStringLiteral("empty.yaml"), "# nothing\n");
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG"), QStringLiteral("LANGUAGE")})
            german.insert(name, QStringLiteral("de_DE.UTF-8"));
        const Result de = pstudio({QStringLiteral("validate"), empty}, german);
        QCOMPARE(de.code, 2);
        QVERIFY2(de.err.contains(QStringLiteral("die Datei ist leer")), qPrintable(de.err));
        QProcessEnvironment english = german;
        for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANG"), QStringLiteral("LANGUAGE")})
            english.insert(name, QStringLiteral("C.UTF-8"));
        const Result c = pstudio({QStringLiteral("validate"), empty}, english);
        QVERIFY2(c.err.contains(QStringLiteral("the file is empty")), qPrintable(c.err));
    }

    void inspectExample()
    {
        const Result r = pstudio({QStringLiteral("inspect"),
                                  sourcePath(QStringLiteral("resources/examples/iris-random-forest-gate.pstudio.yaml")),
                                  QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("native"));
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("pipeline"));
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("iris-random-forest-gate"));
        const QJsonArray inputs = o.value(u"inputs").toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs[0].toObject().value(u"name").toString(), QStringLiteral("baseline"));
        QCOMPARE(inputs[0].toObject().value(u"type").toString(), QStringLiteral("NUMBER_DOUBLE"));
        const QJsonArray tasks = o.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 5);
        const QJsonObject deploy = tasks[3].toObject();
        QCOMPARE(deploy.value(u"name").toString(), QStringLiteral("deploy"));
        QCOMPARE(deploy.value(u"component").toString(), QStringLiteral("deploy-model"));
        QCOMPARE(deploy.value(u"dependencies").toArray(), QJsonArray({QStringLiteral("train"), QStringLiteral("test")}));
    }

    void inspectComponentsOfEachFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("firstInput");
        QTest::addColumn<QString>("kind");
        QTest::newRow("v1") << sharedPath(QStringLiteral("corpus/kfp-components-v1-extra/v1/add_component.yaml"))
                            << "kfp-component-v1" << "op-1" << "component";
        // A compiled component is a one-task pipeline, shown as one.
        QTest::newRow("ir") << sharedPath(QStringLiteral("corpus/kfp-ir-components/container_io.yaml"))
                            << "kfp-component-ir" << "text" << "pipeline";
    }
    void inspectComponentsOfEachFormat()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, firstInput);
        QFETCH(QString, kind);
        const Result r = pstudio({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"format").toString(), format);
        QCOMPARE(o.value(u"kind").toString(), kind);
        QVERIFY(!o.value(u"name").toString().isEmpty());
        QCOMPARE(o.value(u"inputs").toArray().first().toObject().value(u"name").toString(), firstInput);
        QVERIFY(o.value(u"tasks").isArray());
    }

    // The SDK's output for a one-step pipeline is a pipeline with its task, not a component.
    void inspectOneTaskKfpPipeline()
    {
        const Result r = pstudio({QStringLiteral("inspect"), sharedPath(QStringLiteral("corpus/kfp-ir/valid/hello_world.yaml")),
                                  QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("pipeline"));
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("echo"));
        const QJsonArray tasks = o.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().toObject().value(u"name").toString(), QStringLiteral("echo"));
    }

    void inspectArgoWorkflow()
    {
        const Result r = pstudio({QStringLiteral("inspect"), sharedPath(QStringLiteral("corpus/argo-examples/dag-diamond.yaml")),
                                  QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("argo-workflow"));
        QCOMPARE(o.value(u"name").toString(), QStringLiteral("dag-diamond"));
        const QJsonArray tasks = o.value(u"tasks").toArray();
        QCOMPARE(tasks.size(), 4);
        QCOMPARE(tasks[3].toObject().value(u"name").toString(), QStringLiteral("D"));
        QCOMPARE(tasks[3].toObject().value(u"dependencies").toArray(), QJsonArray({QStringLiteral("B"), QStringLiteral("C")}));
    }

    void inspectUnsupportedFormatExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("p.yaml"), "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n");
        const Result r = pstudio({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unrecognised format")));
        QVERIFY(r.out.isEmpty());
    }

    void formatRewritesCanonically()
    {
        QTemporaryDir dir;
        QFile example(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml")));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QByteArray canonical = example.readAll();
        QByteArray messy = canonical;
        messy.replace("position: [0, 160]", "position:   [ 0.0 ,  160 ]   # moved");
        const QString path = write(dir, QStringLiteral("messy.pstudio.yaml"), messy);
        QCOMPARE(pstudio({QStringLiteral("format"), path}).code, 0);
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), canonical);
    }

    // Writers are deterministic across processes (Qt seeds its hashes per process, so an
    // order taken from a QHash would differ between two runs, never within one).
    void writersAreDeterministicAcrossProcesses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        const QStringList files{QStringLiteral("resources/examples/iris-two-models.pstudio.yaml"),
                                QStringLiteral("resources/examples/nightly-training.pstudio.yaml"),
                                QStringLiteral("resources/examples/diabetes-regression.pstudio.yaml"),
                                QStringLiteral("resources/examples/iris-random-forest-gate.pstudio.yaml")};
        for (const QString &file : files)
            for (const QString &format : {QStringLiteral("native"), QStringLiteral("argo-workflow"), QStringLiteral("kfp-ir")})
                QTest::newRow(qPrintable(QFileInfo(file).baseName() + u' ' + format)) << sourcePath(file) << format;
        QTest::newRow("kfp ir corpus to ir") << sharedPath(QStringLiteral("corpus/kfp-ir/valid/pipeline_with_loops_and_conditions.yaml"))
                                             << QStringLiteral("kfp-ir");
    }
    void writersAreDeterministicAcrossProcesses()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QStringList args{QStringLiteral("export"), file, QStringLiteral("--format"), format};
        const Result first = pstudio(args);
        const Result second = pstudio(args);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(!first.out.isEmpty());
        QCOMPARE(second.code, 0);
        QCOMPARE(second.out, first.out);
    }

    void exportToArgo()
    {
        QTemporaryDir dir;
        const QString example = sourcePath(QStringLiteral("resources/examples/nightly-training.pstudio.yaml"));
        Result r = pstudio({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("argo-workflow")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n")));
        const QString out = dir.filePath(QStringLiteral("cron.yaml"));
        r = pstudio({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("argo-cron-workflow"),
                     QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("schedules:\n    - 0 2 * * *\n"));
        // What the target cannot express fails the export and writes nothing.
        r = pstudio({QStringLiteral("export"), sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml")),
                     QStringLiteral("--format"), QStringLiteral("argo-cron-workflow")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("--schedule")));
        r = pstudio({QStringLiteral("export"), sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml")),
                     QStringLiteral("--format"), QStringLiteral("argo-cron-workflow"), QStringLiteral("--schedule"), QStringLiteral("*/30 * * * *")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("schedules:\n    - \"*/30 * * * *\"")) || r.out.contains(QStringLiteral("- */30 * * * *")));
        // From any readable format to any writable one: an Argo example as KFP IR.
        r = pstudio({QStringLiteral("export"), sharedPath(QStringLiteral("corpus/argo-examples/dag-diamond.yaml")),
                     QStringLiteral("--format"), QStringLiteral("kfp-ir")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("schemaVersion: \"2.1.0\"")));
        // An invalid pipeline is not exported.
        const QString broken = write(dir, QStringLiteral("broken.yaml"), "name: c\ninputs: [{name: x}]\nimplementation: {container: {image: ''}}\n");
        r = pstudio({QStringLiteral("export"), broken, QStringLiteral("--format"), QStringLiteral("argo-workflow")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(pstudio({QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("elyra")}).code, 2);
    }

    void usageErrors()
    {
        QCOMPARE(pstudio({}).code, 2);
        QCOMPARE(pstudio({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(pstudio({QStringLiteral("validate")}).code, 2);
        QCOMPARE(pstudio({QStringLiteral("--help")}).code, 0);
    }
};

PS_TEST(CliTest)
#include "tst_cli.moc"
