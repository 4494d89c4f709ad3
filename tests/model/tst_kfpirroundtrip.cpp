#include "filecheck.h"
#include "pipelineexporter.h"
#include "pipelinefilereader.h"
#include "roundtripsummary.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace ps;
using namespace pstest;

class KfpIrRoundTripTest : public QObject
{
    Q_OBJECT

    // What the root DAG of an IR document says, read from the document itself: each task with
    // its dependencies, trigger strategy and, for a sub-DAG, the tasks inside it.
    static QStringList rootFacts(const YAML::Node &doc)
    {
        QStringList lines;
        for (const auto &kv : doc["root"]["dag"]["tasks"]) {
            QStringList after;
            for (const auto &d : kv.second["dependentTasks"])
                after.append(QString::fromStdString(d.as<std::string>()));
            after.sort();
            QStringList inner;
            const std::string ref = kv.second["componentRef"]["name"].as<std::string>();
            const YAML::Node component = doc["components"][ref];
            if (component["dag"])
                for (const auto &t : component["dag"]["tasks"])
                    inner.append(QString::fromStdString(t.first.as<std::string>()));
            inner.sort();
            const YAML::Node trigger = kv.second["triggerPolicy"];
            const QString strategy = trigger ? QString::fromStdString(trigger["strategy"].as<std::string>("")) : QString();
            lines.append(QStringLiteral("%1 after=%2 trigger=%3 inner=%4")
                             .arg(QString::fromStdString(kv.first.as<std::string>()), after.join(u','), strategy, inner.join(u',')));
        }
        lines.sort();
        return lines;
    }

private slots:
    // Two dsl.ExitHandler blocks: two exit-handler sub-DAGs, each with its exit task. Written
    // back, the file says what the source said.
    void severalExitHandlersRoundTrip()
    {
        const QString path = sourcePath(QStringLiteral("tests/model/data/pipeline_with_multiple_exit_handlers.yaml"));
        const FileCheck first = FileCheck::run(path);
        QVERIFY2(first.exitCode == FileCheck::Valid, qPrintable(first.diagnostics.value(0).toString()));
        const PipelineExporter::Result out = PipelineExporter::write(first.file.pipeline, FileFormat::KfpIr);
        QVERIFY2(out.ok(), qPrintable(out.diagnostics.value(0).toString()));
        const QStringList source = rootFacts(YAML::LoadFile(path.toStdString()));
        QCOMPARE(source.size(), 4);
        QCOMPARE(rootFacts(YAML::Load(out.bytes.toStdString())), source);
        const LoadedFile again = PipelineFileReader::readBytes(out.bytes, QStringLiteral("again.yaml"));
        QVERIFY2(again.ok(), qPrintable(again.diagnostics.value(0).toString()));
    }

    void corpus()
    {
        // Every valid IR file: read → write IR → read again gives the same tasks, dependencies,
        // parameters, artifacts, conditions and loops.
        const QString folder = sharedPath(QStringLiteral("corpus/kfp-ir"));
        QStringList files = filesUnder(folder);
        files.removeIf([](const QString &f) { return f.contains(QStringLiteral("/invalid/")); });
        QVERIFY(files.size() > 50);
        int imported = 0, same = 0;
        QStringList failures;
        for (const QString &path : std::as_const(files)) {
            const QString rel = QDir(folder).relativeFilePath(path);
            const FileCheck first = FileCheck::run(path);
            if (first.exitCode != FileCheck::Valid) {
                failures.append(rel + QStringLiteral(": ") + first.diagnostics.value(0).toString());
                continue;
            }
            ++imported;
            const PipelineExporter::Result out = PipelineExporter::write(first.file.pipeline, FileFormat::KfpIr);
            if (!out.ok()) {
                failures.append(rel + QStringLiteral(": not written: ") + out.diagnostics.value(0).toString());
                continue;
            }
            const LoadedFile second = PipelineFileReader::readBytes(out.bytes, rel);
            if (!second.ok()) {
                failures.append(rel + QStringLiteral(": written file does not read: ") + second.diagnostics.value(0).toString());
                continue;
            }
            const QStringList a = summary(first.file.pipeline), b = summary(second.pipeline);
            if (a == b)
                ++same;
            else
                failures.append(rel + QStringLiteral(": changed: ") + firstDifference(a, b));
        }
        qInfo("kfp-ir: %d files, %d imported, %d round-trip unchanged", int(files.size()), imported, same);
        for (const QString &f : std::as_const(failures))
            qInfo("  %s", qPrintable(f));
        QVERIFY(imported * 100 >= int(files.size()) * 95);
        QCOMPARE(same, imported);
    }

    void invalidFilesAreRejected()
    {
        const QStringList files = filesUnder(sharedPath(QStringLiteral("corpus/kfp-ir/invalid")));
        QVERIFY(!files.isEmpty());
        for (const QString &path : files) {
            const FileCheck check = FileCheck::run(path);
            QVERIFY2(check.exitCode != FileCheck::Valid, qPrintable(path));
            QVERIFY(!check.diagnostics.isEmpty());
            QVERIFY(check.diagnostics.front().location.line > 0);
        }
    }

    void scriptStepsBecomeContainerExecutors()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml"))).pipeline;
        const PipelineExporter::Result out = PipelineExporter::write(p, FileFormat::KfpIr);
        QVERIFY2(out.ok(), qPrintable(out.diagnostics.value(0).toString()));
        const LoadedFile back = PipelineFileReader::readBytes(out.bytes, QStringLiteral("iris.yaml"));
        QVERIFY2(back.ok(), qPrintable(back.diagnostics.value(0).toString()));
        QCOMPARE(back.format, FileFormat::KfpIr);
        QCOMPARE(back.pipeline.root.size(), 6);
        const ComponentSpec *load = back.pipeline.component(QStringLiteral("comp-load-iris"));
        QVERIFY(load);
        QCOMPARE(load->implementation.kind, Implementation::Kind::Container);
        QCOMPARE(load->implementation.command.front().text, QStringLiteral("sh"));
        // The source runs with KFP's placeholders, and outputs are handed over to KFP's paths.
        QVERIFY(out.bytes.contains("random_state=int(\"{{$.inputs.parameters['seed']}}\")"));
        QCOMPARE(load->implementation.args.back().kind, CommandArg::Kind::OutputPath);
        // Same tasks, same dependencies as the pipeline drawn in Pipeline Studio.
        for (const QString &line : summary(p).filter(QStringLiteral("root/task")))
            QVERIFY2(summary(back.pipeline).join(u'\n').contains(line.section(QStringLiteral(" component="), 0, 0)), qPrintable(line));
    }

    void nativeExitHandlerBecomesExitHandlerSubDag()
    {
        // As the KFP SDK compiles dsl.ExitHandler: the guarded tasks in exit-handler-1, the exit
        // task after it with ALL_UPSTREAM_TASKS_COMPLETED, parameters passed in as channels.
        Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/diabetes-regression.pstudio.yaml"))).pipeline;
        Task notify;
        notify.name = QStringLiteral("notify");
        notify.component = QStringLiteral("load-diabetes");
        notify.role = Task::Role::ExitHandler;
        notify.inputs.insert(QStringLiteral("seed"), Binding::pipelineParameter(QStringLiteral("seed")));
        p.root.addTask(notify);
        const PipelineExporter::Result out = PipelineExporter::write(p, FileFormat::KfpIr);
        QVERIFY2(out.ok(), qPrintable(out.diagnostics.value(0).toString()));
        const FileCheck back = FileCheck::run(PipelineFileReader::readBytes(out.bytes, QStringLiteral("exit.yaml")));
        QVERIFY2(back.exitCode == FileCheck::Valid, qPrintable(back.diagnostics.value(0).toString()));
        const Pipeline &q = back.file.pipeline;
        QCOMPARE(q.root.size(), 2);
        const Task *exit = q.exitHandler();
        QVERIFY(exit);
        QCOMPARE(exit->name, QStringLiteral("notify"));
        QCOMPARE(exit->extras.value(u"triggerStrategy").toString(), QStringLiteral("ALL_UPSTREAM_TASKS_COMPLETED"));
        const Task *guarded = q.root.taskByName(QStringLiteral("exit-handler-1"));
        QVERIFY(guarded);
        QCOMPARE(q.graph(guarded->component)->size(), 4);
        QCOMPARE(guarded->inputs.value(QStringLiteral("pipelinechannel--seed")), Binding::pipelineParameter(QStringLiteral("seed")));
        // The read-back form writes back as it is.
        QVERIFY(PipelineExporter::write(q, FileFormat::KfpIr).ok());
    }

    void exitHandlerReadingAGuardedTaskIsRefused()
    {
        Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/diabetes-regression.pstudio.yaml"))).pipeline;
        Task notify;
        notify.name = QStringLiteral("notify");
        notify.role = Task::Role::ExitHandler;
        notify.component = QStringLiteral("deploy-model");
        notify.inputs.insert(QStringLiteral("score"), Binding::taskOutput(p.root.taskByName(QStringLiteral("test"))->id, QStringLiteral("mse")));
        p.root.addTask(notify);
        const PipelineExporter::Result out = PipelineExporter::write(p, FileFormat::KfpIr);
        QVERIFY(!out.ok());
        QCOMPARE(out.diagnostics.front().taskName, QStringLiteral("notify"));
    }

    void argoConditionsBecomeConditionSubDags()
    {
        // As the KFP SDK compiles dsl.If: a condition-NAME sub-DAG holding the task, fed through
        // pipelinechannel inputs, triggered by the CEL translation of the Argo condition.
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-random-forest-gate.pstudio.yaml"))).pipeline;
        const PipelineExporter::Result out = PipelineExporter::write(p, FileFormat::KfpIr);
        QVERIFY2(out.ok(), qPrintable(out.diagnostics.value(0).toString()));
        const LoadedFile back = PipelineFileReader::readBytes(out.bytes, QStringLiteral("gate.yaml"));
        QVERIFY2(back.ok(), qPrintable(back.diagnostics.value(0).toString()));
        const Task *gate = back.pipeline.root.taskByName(QStringLiteral("condition-deploy"));
        QVERIFY(gate);
        QCOMPARE(gate->settings.condition.dialect, Condition::Dialect::KfpCel);
        QCOMPARE(gate->settings.condition.text,
                 QStringLiteral("inputs.parameter_values['pipelinechannel--test-accuracy'] > inputs.parameter_values['pipelinechannel--baseline']"));
        const Task *test = back.pipeline.root.taskByName(QStringLiteral("test"));
        QCOMPARE(gate->inputs.value(QStringLiteral("pipelinechannel--test-accuracy")), Binding::taskOutput(test->id, QStringLiteral("accuracy")));
        QCOMPARE(gate->inputs.value(QStringLiteral("pipelinechannel--baseline")), Binding::pipelineParameter(QStringLiteral("baseline")));
        const Graph *body = back.pipeline.graph(gate->component);
        QVERIFY(body);
        const Task *deploy = body->taskByName(QStringLiteral("deploy"));
        QVERIFY(deploy);
        QCOMPARE(deploy->inputs.value(QStringLiteral("model")), Binding::pipelineParameter(QStringLiteral("pipelinechannel--train-model")));
        QVERIFY(back.pipeline.component(gate->component)->input(QStringLiteral("pipelinechannel--train-model"))->artifact);
        // And back to Argo: the CEL condition translates to a `when` again.
        const PipelineExporter::Result argo = PipelineExporter::write(back.pipeline, FileFormat::ArgoWorkflow);
        QVERIFY2(argo.ok(), qPrintable(argo.diagnostics.value(0).toString()));
        QVERIFY(argo.bytes.contains("when: \"{{tasks.test.outputs.parameters.accuracy}} > {{workflow.parameters.baseline}}\""));
    }

    void uncertainArgoConditionsStopTheExportAtTheirTask()
    {
        Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-random-forest-gate.pstudio.yaml"))).pipeline;
        const TaskId deploy = p.root.taskByName(QStringLiteral("deploy"))->id;
        p.root.task(deploy)->settings.condition.text = QStringLiteral("{{tasks.test.outputs.parameters.accuracy}} =~ '^0\\.9'");
        const PipelineExporter::Result out = PipelineExporter::write(p, FileFormat::KfpIr);
        QVERIFY(!out.ok());
        QCOMPARE(out.diagnostics.front().taskName, QStringLiteral("deploy"));
        QVERIFY(out.diagnostics.front().message.contains(QStringLiteral("no certain KFP translation")));
    }
};

PS_TEST(KfpIrRoundTripTest)
#include "tst_kfpirroundtrip.moc"
