#include "builders.h"
#include "nativewriter.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"
#include "yamlsupport.h"

#include <QTest>

using namespace ps;
using namespace pstest;

namespace {

// A pipeline using every part of the model, so a round trip proves none is dropped.
Pipeline everything()
{
    Pipeline p = chainOfThree();
    p.displayName = QStringLiteral("Everything");
    p.description = QStringLiteral("Line one\nline two: with colon\n");
    PortSpec threshold = port(QStringLiteral("threshold"), TypeSpec(TypeSpec::Kind::Double));
    threshold.defaultValue = 0.75;
    threshold.description = QStringLiteral("how good is good");
    p.parameters.append(threshold);
    PortSpec flag = port(QStringLiteral("flag"), TypeSpec(TypeSpec::Kind::Boolean));
    flag.defaultValue = true;
    flag.optional = true;
    p.parameters.append(flag);
    PortSpec tricky = port(QStringLiteral("tricky"), str());
    tricky.defaultValue = QStringLiteral("true"); // a string that looks like a boolean
    p.parameters.append(tricky);
    p.outputs.append(port(QStringLiteral("final"), str()));
    p.root.outputs.insert(QStringLiteral("final"), Binding::taskOutput(idOf(p, QStringLiteral("c")), QStringLiteral("out")));
    p.schedule = Schedule{QStringLiteral("0 2 * * *"), QStringLiteral("Europe/Berlin"), QStringLiteral("Forbid"), 60, 3, 1, true};

    ComponentSpec script;
    script.key = QStringLiteral("py");
    script.name = QStringLiteral("Python");
    script.category = QStringLiteral("Generic");
    script.description = QStringLiteral("Runs Python");
    PortSpec data = port(QStringLiteral("data"), TypeSpec::artifact(QStringLiteral("system.Dataset"), QStringLiteral("0.0.1")), true);
    data.path = QStringLiteral("/tmp/inputs/data");
    script.inputs.append(data);
    script.inputs.append(port(QStringLiteral("item"), TypeSpec::named(QStringLiteral("GCSPath"))));
    PortSpec result = port(QStringLiteral("result"), str());
    result.fromStdout = true;
    script.outputs.append(result);
    script.implementation.kind = Implementation::Kind::Script;
    script.implementation.image = QStringLiteral("python:3.11");
    script.implementation.interpreter = {QStringLiteral("python"), QStringLiteral("-u")};
    script.implementation.source = QStringLiteral("import sys\nprint('{{inputs.parameters.item}}')\n  # indented\n");
    script.implementation.env.append({QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")});
    script.extras.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("annotations"), QJsonObject{{QStringLiteral("a"), 1}}}});
    p.components.insert(script.key, script);

    ComponentSpec complex = stepComponent(QStringLiteral("complex"));
    complex.inputs.append(port(QStringLiteral("opt"), str()));
    complex.inputs.back().optional = true;
    CommandArg concat{CommandArg::Kind::Concat, {}, {CommandArg::literal(QStringLiteral("--x=")),
                                                     CommandArg::placeholder(CommandArg::Kind::InputValue, QStringLiteral("in"))}, {}};
    CommandArg ifPresent{CommandArg::Kind::IfPresent, QStringLiteral("opt"),
                         {CommandArg::literal(QStringLiteral("--opt")), CommandArg::placeholder(CommandArg::Kind::InputValue, QStringLiteral("opt"))},
                         {CommandArg::literal(QStringLiteral("--no-opt"))}};
    complex.implementation.args = {concat, ifPresent, CommandArg::placeholder(CommandArg::Kind::OutputPath, QStringLiteral("out")),
                                   CommandArg::literal(QStringLiteral("123"))};
    p.components.insert(complex.key, complex);

    ComponentSpec sub;
    sub.key = QStringLiteral("sub");
    sub.inputs.append(port(QStringLiteral("x"), str()));
    sub.outputs.append(port(QStringLiteral("y"), str()));
    sub.implementation.kind = Implementation::Kind::Graph;
    Task inner = task(QStringLiteral("inner"));
    inner.inputs.insert(QStringLiteral("in"), Binding::pipelineParameter(QStringLiteral("x")));
    const TaskId innerId = sub.implementation.graph.addTask(inner);
    sub.implementation.graph.outputs.insert(QStringLiteral("y"), Binding::taskOutput(innerId, QStringLiteral("out")));
    p.components.insert(sub.key, sub);

    ComponentSpec opaque;
    opaque.key = QStringLiteral("approve");
    opaque.implementation.kind = Implementation::Kind::Opaque;
    opaque.implementation.opaqueKind = QStringLiteral("suspend");
    opaque.implementation.opaque = QJsonObject{{QStringLiteral("suspend"), QJsonObject{{QStringLiteral("duration"), QStringLiteral("20")}}}};
    p.components.insert(opaque.key, opaque);

    ComponentSpec ref;
    ref.key = QStringLiteral("remote");
    ref.implementation.kind = Implementation::Kind::Reference;
    ref.implementation.referenceUrl = QStringLiteral("https://example.invalid/component.yaml");
    ref.implementation.referenceDigest = QStringLiteral("abc");
    p.components.insert(ref.key, ref);

    Task t = task(QStringLiteral("loop"), QStringLiteral("py"));
    t.displayName = QStringLiteral("For each file");
    t.position = QPointF(12.5, -40);
    t.inputs.insert(QStringLiteral("item"), Binding::loopItem(QStringLiteral("path")));
    t.inputs.insert(QStringLiteral("data"), Binding::fromExpression(QStringLiteral("{{tasks.a.outputs.artifacts.x}}")));
    t.dependencies.append(idOf(p, QStringLiteral("b")));
    TaskSettings &s = t.settings;
    s.env = {{QStringLiteral("MODE"), QStringLiteral("fast")}, {QStringLiteral("EMPTY"), QString()}};
    s.secretEnv = {{QStringLiteral("TOKEN"), QStringLiteral("creds"), QStringLiteral("token")}};
    s.resources = {QStringLiteral("500m"), QStringLiteral("2"), QStringLiteral("1Gi"), QStringLiteral("2Gi"), QStringLiteral("1"),
                   QStringLiteral("amd.com/gpu")};
    s.retry = {3, QStringLiteral("OnFailure"), QStringLiteral("10s"), 2.0, QStringLiteral("5m")};
    s.timeoutSeconds = 3600;
    s.cachingEnabled = false;
    s.volumes = {{QStringLiteral("data"), QStringLiteral("/mnt/data"), VolumeMount::Source::PersistentVolumeClaim,
                  QStringLiteral("claim"), QStringLiteral("sub"), true, {}},
                 {QStringLiteral("nfs"), QStringLiteral("/mnt/nfs"), VolumeMount::Source::Other, {}, {}, false,
                  QJsonObject{{QStringLiteral("nfs"), QJsonObject{{QStringLiteral("server"), QStringLiteral("x")}}}}}};
    s.nodeSelector = {{QStringLiteral("gpu"), QStringLiteral("true")}};
    s.condition = {Condition::Dialect::KfpCel, QStringLiteral("inputs.parameter_values['x'] == 'heads'")};
    s.loop.kind = Loop::Kind::Items;
    s.loop.items = {QJsonObject{{QStringLiteral("path"), QStringLiteral("a.csv")}}, QStringLiteral("b"), 3, 2.5, false, QJsonValue()};
    s.loop.parallelism = 2;
    t.extras.insert(QStringLiteral("continueOn"), QJsonObject{{QStringLiteral("failed"), true}});
    p.root.addTask(t);

    Task seq = task(QStringLiteral("seq"), QStringLiteral("sub"));
    seq.inputs.insert(QStringLiteral("x"), Binding::constantValue(QStringLiteral("007")));
    seq.settings.loop.kind = Loop::Kind::Sequence;
    seq.settings.loop.sequenceCount = QStringLiteral("5");
    seq.settings.loop.sequenceFormat = QStringLiteral("item-%02d");
    p.root.addTask(seq);

    Task over = task(QStringLiteral("over"), QStringLiteral("complex"));
    over.inputs.insert(QStringLiteral("in"), Binding::loopItem());
    over.settings.loop.kind = Loop::Kind::Parameter;
    over.settings.loop.source = Binding::taskOutput(idOf(p, QStringLiteral("a")), QStringLiteral("out"));
    p.root.addTask(over);

    Task exit = task(QStringLiteral("cleanup"), QStringLiteral("approve"));
    exit.role = Task::Role::ExitHandler;
    p.root.addTask(exit);
    p.extras.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("ml")}}}});
    return p;
}

LoadedFile reread(const QByteArray &bytes)
{
    return PipelineFileReader::readBytes(bytes, QStringLiteral("memory.pstudio.yaml"));
}

} // namespace

class NativeFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsLossless()
    {
        const Pipeline original = everything();
        const QByteArray bytes = NativeWriter::write(original);
        const LoadedFile loaded = reread(bytes);
        QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        QCOMPARE(loaded.format, FileFormat::Native);
        QCOMPARE(loaded.kind, LoadedFile::Kind::Pipeline);
        // Ids are re-assigned on load; compare by writing again and by names.
        QCOMPARE(NativeWriter::write(loaded.pipeline), bytes);
        const Task *loop = loaded.pipeline.root.taskByName(QStringLiteral("loop"));
        QVERIFY(loop);
        const Task *expected = original.root.taskByName(QStringLiteral("loop"));
        QCOMPARE(loop->settings.resources, expected->settings.resources);
        QCOMPARE(loop->settings.loop.items, expected->settings.loop.items);
        QCOMPARE(loop->settings.volumes, expected->settings.volumes);
        QCOMPARE(*loop->position, QPointF(12.5, -40));
        QCOMPARE(loaded.pipeline.components, original.components);
        QCOMPARE(loaded.pipeline.parameters[3].defaultValue.toString(), QStringLiteral("true"));
        QCOMPARE(loaded.pipeline.schedule, original.schedule);
        QCOMPARE(loaded.pipeline.exitHandler()->name, QStringLiteral("cleanup"));
        QCOMPARE(loaded.pipeline.extras, original.extras);
    }

    void stringsStayStringsForYaml11Readers_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"on", "off", "yes", "No", "y", "1:30", "1_000", "2021-01-01", "0777", ".5", "true", "null", "~", "12",
                              "1e3", ".inf", "-"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void stringsStayStringsForYaml11Readers()
    {
        // Kubernetes tools and PyYAML read YAML 1.1, where `on` is a boolean and `1:30` a number.
        QFETCH(QString, text);
        YAML::Emitter out;
        yaml::emitString(out, text);
        const QString written = QString::fromUtf8(out.c_str());
        if (text != u"-")
            QVERIFY2(written.startsWith(u'"'), qPrintable(written));
        QCOMPARE(yaml::scalarValue(YAML::Load(out.c_str())).toString(), text);
    }

    void writingIsDeterministic()
    {
        QCOMPARE(NativeWriter::write(everything()), NativeWriter::write(everything()));
    }

    void multiLineTextIsReadable()
    {
        const QByteArray bytes = NativeWriter::write(everything());
        // Script source as a literal block a person can read and diff.
        QVERIFY(bytes.contains("source: |\n"));
        QVERIFY(bytes.contains("      print('{{inputs.parameters.item}}')\n"));
    }

    void componentFileRoundTrip()
    {
        const ComponentSpec c = everything().components.value(QStringLiteral("py"));
        const QByteArray bytes = NativeWriter::writeComponent(c);
        const LoadedFile loaded = reread(bytes);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.kind, LoadedFile::Kind::Component);
        QCOMPARE(loaded.component, c);
    }

    void unknownKeysAreKeptWithAWarning()
    {
        QByteArray bytes = NativeWriter::write(chainOfThree());
        bytes.replace("tasks:\n", "futureFeature: {x: 1}\ntasks:\n");
        const LoadedFile loaded = reread(bytes);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.diagnostics.size(), 1);
        QCOMPARE(loaded.diagnostics.front().severity, Diagnostic::Severity::Warning);
        QVERIFY(loaded.diagnostics.front().location.line > 0);
        QVERIFY(NativeWriter::write(loaded.pipeline).contains("futureFeature"));
    }

    void newerSchemaIsRefused()
    {
        QByteArray bytes = NativeWriter::write(chainOfThree());
        bytes.replace("schemaVersion: 1", "schemaVersion: 99");
        const LoadedFile loaded = reread(bytes);
        QVERIFY(!loaded.readable);
        QVERIFY(loaded.diagnostics.front().message.contains(QStringLiteral("newer")));
        QCOMPARE(loaded.diagnostics.front().location.line, 2);
    }

    void examplesAreCanonical_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : filesUnder(sourcePath(QStringLiteral("resources/examples")), {QStringLiteral("*.pstudio.yaml")}))
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void examplesAreCanonical()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const LoadedFile loaded = reread(bytes);
        QVERIFY(loaded.ok());
        QCOMPARE(NativeWriter::write(loaded.pipeline), bytes); // load → save gives the same bytes
    }
};

PS_TEST(NativeFormatTest)
#include "tst_nativeformat.moc"
