#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"
#include "filecheck.h"
#include "validator.h"

#include <QTest>

using namespace ps;
using namespace pstest;

namespace {
LoadedFile read(const char *yaml, const QString &name = QStringLiteral("component.yaml"))
{
    return PipelineFileReader::readBytes(QByteArray(yaml), name);
}
} // namespace

class ComponentImportTest : public QObject
{
    Q_OBJECT

private slots:
    void kfpV1ContainerWithPlaceholders()
    {
        const LoadedFile f = read(R"(
name: Train model
description: Trains it.
inputs:
- {name: Data, type: CSV}
- {name: Epochs, type: Integer, default: '10', optional: true}
- {name: Flag, type: Bool, optional: true}
outputs:
- {name: Model, type: Model}
- {name: Loss, type: Float}
implementation:
  container:
    image: python:3.11
    command: [python, train.py]
    args:
    - --data
    - {inputPath: Data}
    - {concat: [--epochs=, {inputValue: Epochs}]}
    - if:
        cond: {isPresent: Flag}
        then: [--flag, {inputValue: Flag}]
        else: --no-flag
    - {outputPath: Model}
    - {outputPath: Loss}
    env: {MODE: fast}
)");
        QVERIFY2(f.ok(), qPrintable(f.diagnostics.value(0).toString()));
        QCOMPARE(f.format, FileFormat::KfpComponentV1);
        QCOMPARE(f.kind, LoadedFile::Kind::Component);
        const ComponentSpec &c = f.component;
        QCOMPARE(c.name, QStringLiteral("Train model"));
        QCOMPARE(c.key, QStringLiteral("train-model"));
        QCOMPARE(c.inputs.size(), 3);
        QVERIFY(c.inputs[0].artifact);                       // consumed as a path
        QCOMPARE(c.inputs[0].type.toText(), QStringLiteral("named:CSV"));
        QVERIFY(!c.inputs[1].artifact);
        QCOMPARE(c.inputs[1].defaultValue, QJsonValue(10));  // typed from the string default
        QVERIFY(c.outputs[0].artifact);
        QVERIFY(!c.outputs[1].artifact);                      // Float output is a parameter
        const auto &args = c.implementation.args;
        QCOMPARE(args.size(), size_t(6));
        QCOMPARE(args[1].kind, CommandArg::Kind::InputPath);
        QCOMPARE(args[2].kind, CommandArg::Kind::Concat);
        QCOMPARE(args[2].parts[1].text, QStringLiteral("Epochs"));
        QCOMPARE(args[3].kind, CommandArg::Kind::IfPresent);
        QCOMPARE(args[3].text, QStringLiteral("Flag"));
        QCOMPARE(args[3].otherwise.size(), size_t(1));
        QCOMPARE(c.implementation.env.front().name, QStringLiteral("MODE"));
        QVERIFY(!hasErrors(Validator::validateComponent(c)));
    }

    void kfpV1GraphBecomesSubPipeline()
    {
        const LoadedFile f = read(R"(
name: Two steps
inputs: [{name: text}]
outputs: [{name: out}]
implementation:
  graph:
    tasks:
      Step One:
        componentRef: {url: 'https://example.invalid/a/component.yaml', digest: abc}
        arguments:
          x: {graphInput: {inputName: text}}
          y: constant
      Step Two:
        componentRef: {name: Echo, spec: {name: Echo, inputs: [{name: v}], outputs: [{name: r}],
                        implementation: {container: {image: busybox, command: [echo, {inputValue: v}]}}}}
        arguments:
          v: {taskOutput: {taskId: Step One, outputName: o}}
    outputValues:
      out: {taskOutput: {taskId: Step Two, outputName: r}}
)");
        QVERIFY2(f.ok(), qPrintable(f.diagnostics.value(0).toString()));
        const Implementation &impl = f.component.implementation;
        QCOMPARE(impl.kind, Implementation::Kind::Graph);
        QCOMPARE(impl.graph.size(), 2);
        const Task *one = impl.graph.taskByName(QStringLiteral("step-one"));
        const Task *two = impl.graph.taskByName(QStringLiteral("step-two"));
        QVERIFY(one && two);
        QCOMPARE(one->displayName, QStringLiteral("Step One"));
        QCOMPARE(one->inputs.value(QStringLiteral("x")), Binding::pipelineParameter(QStringLiteral("text")));
        QCOMPARE(one->inputs.value(QStringLiteral("y")).constant, QJsonValue(QStringLiteral("constant")));
        QCOMPARE(two->inputs.value(QStringLiteral("v")), Binding::taskOutput(one->id, QStringLiteral("o")));
        QCOMPARE(impl.graph.outputs.value(QStringLiteral("out")).task, two->id);
        QCOMPARE(f.pipeline.components.value(one->component).implementation.kind, Implementation::Kind::Reference);
        QCOMPARE(f.pipeline.components.value(two->component).implementation.image, QStringLiteral("busybox"));
        const Diagnostics d = Validator::validateComponent(f.component, f.pipeline.components);
        QVERIFY(!hasErrors(d));
    }

    void componentsOpenAsPipelines()
    {
        // A graph component is its graph; any other component a one-task pipeline whose
        // parameters feed the task, so it validates and can run as it is.
        const LoadedFile graph = PipelineFileReader::readFile(
            sharedPath(QStringLiteral("corpus/kfp-components-v1/contrib/XGBoost/Train_regression_and_calculate_metrics/from_CSV/component.yaml")));
        const Pipeline g = graph.asPipeline();
        QCOMPARE(g.root.size(), 5);
        QCOMPARE(g.parameters.size(), 5);
        QVERIFY(g.root.taskByName(QStringLiteral("xgboost-train")));
        QVERIFY(!hasErrors(Validator::validate(g)));

        const LoadedFile single = read("name: Echo\ninputs: [{name: text, type: String}]\n"
                                       "implementation: {container: {image: busybox, command: [echo, {inputValue: text}]}}\n");
        const Pipeline s = single.asPipeline();
        QCOMPARE(s.root.size(), 1);
        QCOMPARE(s.root.tasks().front().inputs.value(QStringLiteral("text")), Binding::pipelineParameter(QStringLiteral("text")));
        QVERIFY(!hasErrors(Validator::validate(s)));
    }

    void formatComesFromKeysNotFileName()
    {
        // An IR component named component.yaml, and a v1 component named pipeline.json.
        QFile ir(sharedPath(QStringLiteral("corpus/kfp-ir-components/container_io.yaml")));
        QVERIFY(ir.open(QIODevice::ReadOnly));
        const LoadedFile a = PipelineFileReader::readBytes(ir.readAll(), QStringLiteral("component.yaml"));
        QCOMPARE(a.format, FileFormat::KfpComponentIr);
        const LoadedFile b = read("name: x\nimplementation: {container: {image: busybox}}\n", QStringLiteral("pipeline.json"));
        QCOMPARE(b.format, FileFormat::KfpComponentV1);
    }

    void kfpIrComponent()
    {
        const LoadedFile f = PipelineFileReader::readFile(sharedPath(QStringLiteral("corpus/kfp-ir-components/container_with_if_placeholder.yaml")));
        QVERIFY2(f.ok(), qPrintable(f.diagnostics.value(0).toString()));
        // Shown as the one-task pipeline it is; its component is offered to the palette.
        QCOMPARE(f.kind, LoadedFile::Kind::Pipeline);
        QCOMPARE(f.pipeline.root.size(), 1);
        const ComponentSpec *used = f.pipeline.component(f.pipeline.root.tasks().front().component);
        QVERIFY(used);
        QCOMPARE(used->inputs.size(), f.component.inputs.size());
        const ComponentSpec &c = f.component;
        QCOMPARE(c.inputs.size(), 1);
        QCOMPARE(c.inputs[0].name, QStringLiteral("optional_input"));
        QVERIFY(c.inputs[0].optional);
        QCOMPARE(c.inputs[0].defaultValue, QJsonValue(QStringLiteral("default")));
        QCOMPARE(c.outputs.size(), 2);
        const auto dataset = std::find_if(c.outputs.begin(), c.outputs.end(), [](const PortSpec &p) { return p.name == u"dataset"; });
        QVERIFY(dataset != c.outputs.end());
        QCOMPARE(dataset->type.toText(), QStringLiteral("artifact:system.Dataset@0.0.1"));
        QVERIFY(dataset->artifact);
        const auto &cmd = c.implementation.command;
        QCOMPARE(cmd[1].kind, CommandArg::Kind::IfPresent);
        QCOMPARE(cmd[1].parts[0].kind, CommandArg::Kind::InputValue);
        QCOMPARE(cmd[1].otherwise[0].text, QStringLiteral("bye"));
        QCOMPARE(c.implementation.args[1].kind, CommandArg::Kind::OutputPath);
    }

    void kfpIrPipelineIsRead()
    {
        const QStringList files = filesUnder(sharedPath(QStringLiteral("corpus/kfp-ir/valid")));
        QVERIFY(!files.isEmpty());
        int pipelines = 0;
        for (const QString &path : files) {
            const LoadedFile f = PipelineFileReader::readFile(path);
            QVERIFY2(f.readable, qPrintable(path));
            if (f.kind == LoadedFile::Kind::Pipeline)
                ++pipelines;
        }
        QVERIFY(pipelines > 0);
    }

    void kfpIrLoopsMapOntoTheModel()
    {
        const LoadedFile f = PipelineFileReader::readFile(
            sharedPath(QStringLiteral("corpus/kfp-ir/valid/parallel_and_nested/pipeline_with_loops.yaml")));
        QVERIFY(f.ok());
        const Task *loop = f.pipeline.root.taskByName(QStringLiteral("for-loop-2"));
        const Task *producer = f.pipeline.root.taskByName(QStringLiteral("args-generator-op"));
        QVERIFY(loop && producer);
        // Loops over what feeds its input `pipelinechannel--args-generator-op-Output`: the producer's output.
        QCOMPARE(loop->settings.loop.kind, Loop::Kind::Parameter);
        QCOMPARE(loop->settings.loop.source, Binding::taskOutput(producer->id, QStringLiteral("Output")));
        // The sub-DAG input named by itemInput takes each item.
        QCOMPARE(loop->inputs.value(QStringLiteral("pipelinechannel--args-generator-op-Output-loop-item")).kind,
                 Binding::Kind::LoopItem);
        // A field selector is kept as written, not dropped.
        const Graph *body = f.pipeline.graph(QStringLiteral("comp-for-loop-2"));
        QVERIFY(body);
        const Binding msg = body->taskByName(QStringLiteral("print-text-2"))->inputs.value(QStringLiteral("msg"));
        QCOMPARE(msg.kind, Binding::Kind::Expression);
        QVERIFY(msg.expression.contains(QStringLiteral("parseJson(string_value)")));
    }

    void kfpIrValidCorpusValidates()
    {
        int valid = 0;
        QStringList problems;
        const QStringList files = filesUnder(sharedPath(QStringLiteral("corpus/kfp-ir/valid")));
        for (const QString &path : files) {
            const FileCheck check = FileCheck::run(path);
            if (check.exitCode == FileCheck::Valid)
                ++valid;
            else
                for (const Diagnostic &d : check.diagnostics)
                    if (d.severity == Diagnostic::Severity::Error)
                        problems.append(d.toString());
        }
        qInfo("kfp-ir/valid: %d of %d validate", valid, int(files.size()));
        for (const QString &p : std::as_const(problems))
            qInfo("  %s", qPrintable(p));
        QVERIFY2(valid * 100 >= int(files.size()) * 90, "fewer than 90% of KFP's valid IR files validate");
    }

    void bundledLibraryLoads()
    {
        const QStringList files = filesUnder(sourcePath(QStringLiteral("resources/components")));
        QVERIFY(files.size() >= 12);
        QStringList categories;
        for (const QString &path : files) {
            const LoadedFile f = PipelineFileReader::readFile(path);
            QVERIFY2(f.ok() && f.kind == LoadedFile::Kind::Component, qPrintable(path));
            const Diagnostics d = Validator::validateComponent(f.component);
            QVERIFY2(!hasErrors(d), qPrintable(d.value(0).toString()));
            QVERIFY2(!f.component.description.isEmpty(), qPrintable(path));
            if (!categories.contains(f.component.category))
                categories.append(f.component.category);
        }
        QVERIFY(categories.contains(QStringLiteral("Generic")));
        QVERIFY(categories.contains(QStringLiteral("Iris")));
        QVERIFY(categories.contains(QStringLiteral("Regression")));
    }
};

PS_TEST(ComponentImportTest)
#include "tst_componentimport.moc"
