#include "argowriter.h"
#include "builders.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace ps;
using namespace pstest;

namespace {

// A pipeline using what Argo can express: loops of all three kinds, retries with backoff,
// a deadline, env and secret env, resources with a GPU, volumes, a node selector, an
// optional input decided per task, a sub-pipeline, a kept-as-written template, onExit.
Pipeline argoFeatures()
{
    Pipeline p = chainOfThree();
    p.name = QStringLiteral("argo-features");
    ComponentSpec opt = stepComponent(QStringLiteral("opt"));
    PortSpec flag = port(QStringLiteral("flag"), str());
    flag.optional = true;
    opt.inputs.append(flag);
    opt.implementation.args = {CommandArg{CommandArg::Kind::IfPresent, QStringLiteral("flag"),
                                          {CommandArg::literal(QStringLiteral("--flag")),
                                           CommandArg::placeholder(CommandArg::Kind::InputValue, QStringLiteral("flag"))},
                                          {CommandArg::literal(QStringLiteral("--no-flag"))}}};
    p.components.insert(opt.key, opt);

    Task items = task(QStringLiteral("each-item"), QStringLiteral("opt"));
    items.inputs.insert(QStringLiteral("in"), Binding::loopItem(QStringLiteral("name")));
    items.inputs.insert(QStringLiteral("flag"), Binding::constantValue(QStringLiteral("on")));
    items.settings.loop.kind = Loop::Kind::Items;
    items.settings.loop.items = {QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}}, QJsonObject{{QStringLiteral("name"), QStringLiteral("b")}}};
    items.settings.retry = {2, QStringLiteral("OnFailure"), QStringLiteral("5s"), 2, QStringLiteral("1m")};
    items.settings.timeoutSeconds = 600;
    items.settings.env = {{QStringLiteral("MODE"), QStringLiteral("fast")}};
    items.settings.secretEnv = {{QStringLiteral("TOKEN"), QStringLiteral("creds"), QStringLiteral("token")}};
    items.settings.resources = {QStringLiteral("500m"), QStringLiteral("1"), QStringLiteral("256Mi"), QStringLiteral("1Gi"), QStringLiteral("1")};
    items.settings.volumes = {{QStringLiteral("data"), QStringLiteral("/mnt/data"), VolumeMount::Source::PersistentVolumeClaim, QStringLiteral("claim")}};
    items.settings.nodeSelector = {{QStringLiteral("accelerator"), QStringLiteral("nvidia")}};
    items.position = QPointF(10, 20);
    p.root.addTask(items);

    Task noFlag = task(QStringLiteral("no-flag"), QStringLiteral("opt"));
    noFlag.inputs.insert(QStringLiteral("in"), Binding::loopItem());
    noFlag.settings.loop.kind = Loop::Kind::Parameter;
    noFlag.settings.loop.source = Binding::taskOutput(idOf(p, QStringLiteral("a")), QStringLiteral("out"));
    p.root.addTask(noFlag);

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
    Task seq = task(QStringLiteral("seq"), QStringLiteral("sub"));
    seq.inputs.insert(QStringLiteral("x"), Binding::loopItem());
    seq.settings.loop.kind = Loop::Kind::Sequence;
    seq.settings.loop.sequenceCount = QStringLiteral("3");
    p.root.addTask(seq);

    ComponentSpec approve;
    approve.key = QStringLiteral("approve");
    approve.implementation.kind = Implementation::Kind::Opaque;
    approve.implementation.opaqueKind = QStringLiteral("suspend");
    approve.implementation.opaque = QJsonObject{{QStringLiteral("suspend"), QJsonObject{{QStringLiteral("duration"), QStringLiteral("20")}}}};
    p.components.insert(approve.key, approve);
    Task wait = task(QStringLiteral("wait"), QStringLiteral("approve"));
    wait.dependencies.append(idOf(p, QStringLiteral("c")));
    p.root.addTask(wait);

    Task exit = task(QStringLiteral("notify"));
    exit.role = Task::Role::ExitHandler;
    exit.inputs.insert(QStringLiteral("in"), Binding::pipelineParameter(QStringLiteral("msg")));
    p.root.addTask(exit);
    p.schedule = Schedule{QStringLiteral("*/5 * * * *"), QStringLiteral("UTC"), QStringLiteral("Replace")};
    return p;
}

QJsonObject templateNamed(const QJsonObject &spec, const QString &name)
{
    for (const QJsonValue &t : spec.value(u"templates").toArray()) {
        if (t.toObject().value(u"name").toString() == name)
            return t.toObject();
    }
    return {};
}

QJsonObject dagTaskNamed(const QJsonObject &spec, const QString &name)
{
    for (const QJsonValue &t : templateNamed(spec, QStringLiteral("main")).value(u"dag").toObject().value(u"tasks").toArray()) {
        if (t.toObject().value(u"name").toString() == name)
            return t.toObject();
    }
    return {};
}

} // namespace

class ArgoExportTest : public QObject
{
    Q_OBJECT

private slots:
    void everyExportValidatesAgainstArgosSchema()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 with jsonschema is needed to validate against Argo's JSON schema (the set-up script installs it)");
        QTemporaryDir dir;
        QStringList files;
        QList<Pipeline> pipelines{argoFeatures()};
        for (const QString &f : filesUnder(sourcePath(QStringLiteral("resources/examples")), {QStringLiteral("*.pstudio.yaml")}))
            pipelines.append(PipelineFileReader::readFile(f).pipeline);
        for (Pipeline &p : pipelines) {
            if (!p.schedule)
                p.schedule = Schedule{QStringLiteral("0 * * * *")};
            for (auto kind : {ArgoWriter::Kind::Workflow, ArgoWriter::Kind::CronWorkflow, ArgoWriter::Kind::WorkflowTemplate}) {
                const ArgoWriter::Result r = ArgoWriter::write(p, kind);
                QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
                const QString path = dir.filePath(QStringLiteral("%1-%2.yaml").arg(p.name).arg(int(kind)));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(r.yaml);
                files.append(path);
            }
        }
        QProcess python;
        python.start(QStringLiteral("python3"), QStringList{sourcePath(QStringLiteral("tests/tools/validate_json_schema.py")),
                                                            sharedPath(QStringLiteral("api/argo/workflow.schema.json"))} + files);
        QVERIFY(python.waitForFinished(120000));
        const QString report = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
        qInfo("%s", qPrintable(report.trimmed()));
        QVERIFY2(python.exitCode() == 0, qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("%1 valid, 0 invalid").arg(files.size())));
    }

    void writesWhatThePipelineSays()
    {
        const ArgoWriter::Result r = ArgoWriter::write(argoFeatures(), ArgoWriter::Kind::Workflow);
        QVERIFY(r.diagnostics.isEmpty());
        const QJsonObject spec = r.object.value(u"spec").toObject();
        QCOMPARE(spec.value(u"entrypoint").toString(), QStringLiteral("main"));
        QCOMPARE(spec.value(u"arguments").toObject().value(u"parameters").toArray().first().toObject().value(u"name").toString(),
                 QStringLiteral("msg"));

        const QJsonObject b = dagTaskNamed(spec, QStringLiteral("b"));
        QCOMPARE(b.value(u"dependencies").toArray(), QJsonArray{QStringLiteral("a")});
        QCOMPARE(b.value(u"arguments").toObject().value(u"parameters").toArray().first().toObject().value(u"value").toString(),
                 QStringLiteral("{{tasks.a.outputs.parameters.out}}"));

        const QJsonObject each = dagTaskNamed(spec, QStringLiteral("each-item"));
        QCOMPARE(each.value(u"withItems").toArray().size(), 2);
        QCOMPARE(each.value(u"arguments").toObject().value(u"parameters").toArray().last().toObject().value(u"value").toString(),
                 QStringLiteral("{{item.name}}"));
        const QJsonObject eachTemplate = templateNamed(spec, each.value(u"template").toString());
        QCOMPARE(eachTemplate.value(u"retryStrategy").toObject().value(u"limit").toString(), QStringLiteral("2"));
        QCOMPARE(eachTemplate.value(u"retryStrategy").toObject().value(u"backoff").toObject().value(u"factor").toString(), QStringLiteral("2"));
        QCOMPARE(eachTemplate.value(u"activeDeadlineSeconds").toString(), QStringLiteral("600"));
        const QJsonObject container = eachTemplate.value(u"container").toObject();
        QCOMPARE(container.value(u"args").toArray(), QJsonArray({QStringLiteral("--flag"), QStringLiteral("{{inputs.parameters.flag}}")}));
        QCOMPARE(container.value(u"resources").toObject().value(u"limits").toObject().value(u"nvidia.com/gpu").toString(), QStringLiteral("1"));
        QCOMPARE(container.value(u"env").toArray().last().toObject().value(u"valueFrom").toObject().value(u"secretKeyRef").toObject()
                     .value(u"name").toString(), QStringLiteral("creds"));
        QCOMPARE(container.value(u"volumeMounts").toArray().first().toObject().value(u"mountPath").toString(), QStringLiteral("/mnt/data"));
        QCOMPARE(spec.value(u"volumes").toArray().first().toObject().value(u"persistentVolumeClaim").toObject().value(u"claimName").toString(),
                 QStringLiteral("claim"));
        QCOMPARE(eachTemplate.value(u"nodeSelector").toObject().value(u"accelerator").toString(), QStringLiteral("nvidia"));

        // The same component without the optional input gets its own template with the else branch.
        const QJsonObject noFlag = dagTaskNamed(spec, QStringLiteral("no-flag"));
        QVERIFY(noFlag.value(u"template").toString() != each.value(u"template").toString());
        QCOMPARE(templateNamed(spec, noFlag.value(u"template").toString()).value(u"container").toObject().value(u"args").toArray(),
                 QJsonArray{QStringLiteral("--no-flag")});
        QCOMPARE(noFlag.value(u"withParam").toString(), QStringLiteral("{{tasks.a.outputs.parameters.out}}"));

        const QJsonObject seq = dagTaskNamed(spec, QStringLiteral("seq"));
        QCOMPARE(seq.value(u"withSequence").toObject().value(u"count").toString(), QStringLiteral("3"));
        const QJsonObject subDag = templateNamed(spec, QStringLiteral("sub"));
        QCOMPARE(subDag.value(u"dag").toObject().value(u"tasks").toArray().first().toObject().value(u"arguments").toObject()
                     .value(u"parameters").toArray().first().toObject().value(u"value").toString(),
                 QStringLiteral("{{inputs.parameters.x}}"));
        QCOMPARE(subDag.value(u"outputs").toObject().value(u"parameters").toArray().first().toObject().value(u"valueFrom").toObject()
                     .value(u"parameter").toString(), QStringLiteral("{{tasks.inner.outputs.parameters.out}}"));

        QCOMPARE(templateNamed(spec, QStringLiteral("approve")).value(u"suspend").toObject().value(u"duration").toString(), QStringLiteral("20"));
        QCOMPARE(dagTaskNamed(spec, QStringLiteral("wait")).value(u"dependencies").toArray(), QJsonArray{QStringLiteral("c")});

        const QString onExit = spec.value(u"onExit").toString();
        QVERIFY(!onExit.isEmpty());
        QVERIFY(dagTaskNamed(spec, QStringLiteral("notify")).isEmpty()); // not part of the DAG
        QCOMPARE(templateNamed(spec, onExit).value(u"inputs").toObject().value(u"parameters").toArray().first().toObject().value(u"value").toString(),
                 QStringLiteral("{{workflow.parameters.msg}}"));

        const QString layout = r.object.value(u"metadata").toObject().value(u"annotations").toObject()
                                   .value(QLatin1String(ArgoWriter::kLayoutAnnotation)).toString();
        QVERIFY(layout.contains(QStringLiteral("\"each-item\":[10,20]")));
    }

    void scriptsAndArtifactsOfTheExamples()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml"))).pipeline;
        const QJsonObject spec = ArgoWriter::write(p, ArgoWriter::Kind::Workflow).object.value(u"spec").toObject();
        const QJsonObject load = templateNamed(spec, QStringLiteral("load-iris"));
        QVERIFY(load.value(u"script").toObject().value(u"source").toString().contains(QStringLiteral("load_iris")));
        QCOMPARE(load.value(u"script").toObject().value(u"command").toArray(), QJsonArray{QStringLiteral("python")});
        QCOMPARE(load.value(u"outputs").toObject().value(u"artifacts").toArray().first().toObject().value(u"path").toString(),
                 QStringLiteral("/tmp/outputs/train/data.csv"));
        const QJsonObject show = dagTaskNamed(spec, QStringLiteral("show-results"));
        QCOMPARE(show.value(u"dependencies").toArray(), QJsonArray({QStringLiteral("score-tree"), QStringLiteral("score-logreg")}));
        // Both classifier tasks share one template: same component, same settings.
        QCOMPARE(dagTaskNamed(spec, QStringLiteral("train-tree")).value(u"template"), dagTaskNamed(spec, QStringLiteral("train-logreg")).value(u"template"));
    }

    void cronAndTemplateKinds()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/nightly-training.pstudio.yaml"))).pipeline;
        const QJsonObject cron = ArgoWriter::write(p, ArgoWriter::Kind::CronWorkflow).object;
        QCOMPARE(cron.value(u"kind").toString(), QStringLiteral("CronWorkflow"));
        QCOMPARE(cron.value(u"metadata").toObject().value(u"name").toString(), QStringLiteral("nightly-training"));
        const QJsonObject spec = cron.value(u"spec").toObject();
        QCOMPARE(spec.value(u"schedules").toArray(), QJsonArray{QStringLiteral("0 2 * * *")});
        QCOMPARE(spec.value(u"timezone").toString(), QStringLiteral("UTC"));
        QCOMPARE(spec.value(u"concurrencyPolicy").toString(), QStringLiteral("Forbid"));
        QVERIFY(spec.value(u"workflowSpec").toObject().contains(QStringLiteral("templates")));
        const QJsonObject wft = ArgoWriter::write(p, ArgoWriter::Kind::WorkflowTemplate).object;
        QCOMPARE(wft.value(u"kind").toString(), QStringLiteral("WorkflowTemplate"));
        QCOMPARE(wft.value(u"metadata").toObject().value(u"name").toString(), QStringLiteral("nightly-training"));
    }

    void whatArgoCannotSayIsAnErrorNotASilentDrop()
    {
        Pipeline p = chainOfThree();
        p.root.task(idOf(p, QStringLiteral("b")))->settings.condition = {Condition::Dialect::KfpCel, QStringLiteral("inputs.parameter_values['x'] == 'y'")};
        ArgoWriter::Result r = ArgoWriter::write(p, ArgoWriter::Kind::Workflow);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.front().taskName, QStringLiteral("b"));
        QVERIFY(r.diagnostics.front().message.contains(QStringLiteral("no certain Argo translation")));
        r = ArgoWriter::write(chainOfThree(), ArgoWriter::Kind::CronWorkflow);
        QVERIFY(r.diagnostics.front().message.contains(QStringLiteral("schedule")));
    }

    void kfpConditionsBecomeArgoWhen()
    {
        // A KFP pipeline with conditions runs on Argo: CEL becomes `when` where the meaning is certain.
        const LoadedFile f = PipelineFileReader::readFile(sharedPath(QStringLiteral("corpus/kfp-ir/valid/conditional_producer_and_consumers.yaml")));
        QVERIFY(f.ok());
        const ArgoWriter::Result r = ArgoWriter::write(f.pipeline, ArgoWriter::Kind::Workflow);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        const QStringList whens = QString::fromUtf8(r.yaml).split(u'\n').filter(QStringLiteral("when:"));
        QVERIFY(!whens.isEmpty());
        QVERIFY2(whens.join(u'\n').contains(QStringLiteral(">= ({{inputs.parameters.pipelinechannel--threshold}})")), qPrintable(whens.join(u'\n')));
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 with jsonschema is needed to validate against Argo's JSON schema");
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("wf.yaml")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.yaml);
        out.close();
        QProcess python;
        python.start(QStringLiteral("python3"), {sourcePath(QStringLiteral("tests/tools/validate_json_schema.py")),
                                                 sharedPath(QStringLiteral("api/argo/workflow.schema.json")), out.fileName()});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
    }

    // A Workflow whose steps are a WorkflowTemplate's (workflowTemplateRef), naming one of
    // that template's templates as its entrypoint, is read and written back as it is.
    void workflowTemplateRefWithItsEntrypoint()
    {
        const QByteArray source = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: hello-\n"
                                  "spec:\n  entrypoint: whalesay-template\n  arguments:\n    parameters:\n"
                                  "    - name: message\n      value: from workflow\n"
                                  "  workflowTemplateRef:\n    name: workflow-template-submittable\n";
        const LoadedFile in = PipelineFileReader::readBytes(source, QStringLiteral("ref.yaml"));
        QVERIFY2(in.ok(), qPrintable(in.diagnostics.value(0).toString()));
        const ArgoWriter::Result out = ArgoWriter::write(in.pipeline, ArgoWriter::Kind::Workflow);
        QVERIFY2(out.diagnostics.isEmpty(), qPrintable(out.diagnostics.value(0).toString()));
        const YAML::Node spec = YAML::Load(out.yaml.toStdString())["spec"];
        QCOMPARE(QString::fromStdString(spec["entrypoint"].as<std::string>()), QStringLiteral("whalesay-template"));
        QCOMPARE(QString::fromStdString(spec["workflowTemplateRef"]["name"].as<std::string>()), QStringLiteral("workflow-template-submittable"));
        QVERIFY(!spec["templates"].IsDefined()); // no empty template list standing in for the referenced ones
        QCOMPARE(QString::fromStdString(spec["arguments"]["parameters"][0]["value"].as<std::string>()), QStringLiteral("from workflow"));
        // An entrypoint that is nowhere is still an error.
        QByteArray unknown = source;
        unknown.replace("  workflowTemplateRef:\n    name: workflow-template-submittable\n", "  templates: []\n");
        QVERIFY(!PipelineFileReader::readBytes(unknown, QStringLiteral("bad.yaml")).ok());
    }

    void deterministic()
    {
        QCOMPARE(ArgoWriter::write(argoFeatures(), ArgoWriter::Kind::Workflow).yaml,
                 ArgoWriter::write(argoFeatures(), ArgoWriter::Kind::Workflow).yaml);
    }
};

PS_TEST(ArgoExportTest)
#include "tst_argoexport.moc"
