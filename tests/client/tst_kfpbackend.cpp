#include "actionwait.h"
#include "apiclient.h"
#include "enginetesting.h"
#include "fakekfpserver.h"
#include "fakekubeserver.h"
#include "futurewait.h"
#include "snapshotwait.h"
#include "taskrunstate.h"
#include "testdata.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "kubeclient.h"
#include "logstream.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ps::KfpBackend;
using pstest::Fault;
using pstest::FakeKfpServer;
using pstest::FakeKubeServer;

namespace {

const QByteArray kPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: kfp-demo-
spec:
  entrypoint: main
  arguments:
    parameters:
    - name: lr
      value: "0.1"
  templates:
  - name: main
    dag:
      tasks:
      - name: prepare
        template: echo
        arguments: {parameters: [{name: msg, value: "{{workflow.parameters.lr}}"}]}
      - name: train
        template: echo
        dependencies: [prepare]
        arguments: {parameters: [{name: msg, value: "go"}]}
  - name: echo
    inputs: {parameters: [{name: msg}]}
    container: {image: "alpine:3.19", command: [echo, "{{inputs.parameters.msg}}"]}
)";

QJsonObject task(const QString &id, const QString &name, const QString &state, const QString &parent, const QString &pod = {})
{
    QJsonObject t{{u"task_id"_s, id}, {u"display_name"_s, name}, {u"state"_s, state}, {u"parent_task_id"_s, parent},
                  {u"start_time"_s, u"2024-05-01T10:00:00Z"_s}};
    if (!pod.isEmpty()) {
        t[u"pod_name"_s] = pod;
        t[u"outputs"_s] = QJsonObject{{u"model"_s, QJsonObject{{u"artifact_ids"_s, QJsonArray{u"12"_s}}}}};
    } else {
        t[u"child_tasks"_s] = QJsonArray{QJsonObject{{u"task_id"_s, u"t1"_s}}};
    }
    return t;
}

// A task detail as run.swagger.json's v2beta1PipelineTaskDetail has it.
QJsonObject detail(const QString &id, const QString &name, const QString &state, const QString &parent, const QString &pod = {},
                   const QStringList &childIds = {})
{
    QJsonObject t{{u"run_id"_s, u"r"_s}, {u"task_id"_s, id}, {u"display_name"_s, name}, {u"state"_s, state},
                  {u"create_time"_s, u"2024-05-01T10:00:00Z"_s}, {u"start_time"_s, u"2024-05-01T10:00:01Z"_s}};
    if (!parent.isEmpty())
        t[u"parent_task_id"_s] = parent;
    if (!pod.isEmpty())
        t[u"pod_name"_s] = pod;
    QJsonArray children;
    for (const QString &c : childIds)
        children.append(QJsonObject{{u"task_id"_s, c}});
    if (!children.isEmpty())
        t[u"child_tasks"_s] = children;
    return t;
}

QJsonObject status(const QString &state, const QString &time, const QString &error = {})
{
    QJsonObject h{{u"update_time"_s, time}, {u"state"_s, state}};
    if (!error.isEmpty())
        h[u"error"_s] = QJsonObject{{u"code"_s, 2}, {u"message"_s, error}};
    return h;
}

QString tree(const ps::RunSnapshot &s)
{
    QStringList lines;
    for (const ps::RunNode &n : s.nodes)
        lines << u"%1 %2 %3 %4"_s.arg(n.id, ps::toString(n.kind), ps::toString(n.phase), n.displayName);
    return lines.join(u'\n');
}

QJsonObject fixture(const QString &name)
{
    QFile f(pstest::sharedPath(u"api/kfp/rest-fixtures/generated-1791485/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList rootTaskNames(const ps::Pipeline &p)
{
    QStringList names;
    for (const ps::Task &t : p.root.tasks())
        names << t.name;
    names.sort();
    return names;
}

} // namespace

// The Kubeflow Pipelines backend against a fake KFP v2beta1 API and a fake Kubernetes API
// server for the pod logs.
class KfpBackendTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeKfpServer> m_kfp;
    std::unique_ptr<FakeKubeServer> m_kube;
    std::unique_ptr<ps::HttpClient> m_http;
    std::unique_ptr<ps::ApiClient> m_api;
    std::unique_ptr<ps::KubeClient> m_kubeClient;
    std::unique_ptr<KfpBackend> m_backend;

    QString submitAndWait(const ps::RunRequest &request = {})
    {
        return pstest::submitAndWait(*m_backend, pstest::pipelineFromYaml(kPipeline), request,
                                     [this](const QString &id) { return !m_backend->kfpRunId(id).isEmpty(); });
    }
    std::optional<ps::RunSnapshot> waitSnapshot(const QString &id, const std::function<bool(const ps::RunSnapshot &)> &ok)
    {
        return pstest::waitSnapshot(*m_backend, id, ok);
    }

private slots:
    void init()
    {
        m_kfp = std::make_unique<FakeKfpServer>();
        m_kube = std::make_unique<FakeKubeServer>();
        QVERIFY(m_kfp->listen());
        QVERIFY(m_kube->listen());
        m_kfp->requireToken(u"kfp-token"_s);
        m_kube->requireToken(u"kube-token"_s);
        m_http = std::make_unique<ps::HttpClient>();
        m_api = std::make_unique<ps::ApiClient>(m_http.get(), m_kfp->url());
        m_api->setBearerToken(u"kfp-token"_s);
        m_api->setTimeout(std::chrono::milliseconds(3000));
        ps::KubeContext context;
        context.name = u"test"_s;
        context.server = m_kube->url();
        context.token = u"kube-token"_s;
        m_kubeClient = std::make_unique<ps::KubeClient>(m_http.get(), context);
        KfpBackend::Settings settings;
        settings.experiment = u"nightly"_s;
        settings.podNamespace = u"team"_s;
        settings.pollIntervalMs = 50;
        settings.maxPollIntervalMs = 400;
        m_backend = std::make_unique<KfpBackend>(m_api.get(), m_kubeClient.get(), settings);
    }
    void cleanup()
    {
        m_backend.reset();
        m_kubeClient.reset();
        m_api.reset();
        m_http.reset();
        m_kube.reset();
        m_kfp.reset();
    }

    void submitUploadsMultipartCreatesTheExperimentAndTheRun()
    {
        ps::RunRequest request;
        request.parameters.insert(u"lr"_s, u"0.5"_s);
        const QString id = submitAndWait(request);
        const auto uploads = m_kfp->requestsTo(u"POST"_s, u"/apis/v2beta1/pipelines/upload"_s);
        QCOMPARE(uploads.size(), 1);
        QVERIFY(uploads.first().header("content-type").startsWith("multipart/form-data; boundary="));
        QVERIFY(uploads.first().body.contains("name=\"uploadfile\""));
        QVERIFY(m_kfp->lastUpload().contains("schemaVersion") && m_kfp->lastUpload().contains("2.1.0"));
        QCOMPARE(m_kfp->experiments().size(), 1);
        QCOMPARE(m_kfp->experiments().first().value(u"display_name"_s).toString(), u"nightly"_s);
        const QJsonObject run = m_kfp->run(m_backend->kfpRunId(id));
        QCOMPARE(run[u"runtime_config"_s][u"parameters"_s][u"lr"_s].toString(), u"0.5"_s);
        QCOMPARE(run[u"experiment_id"_s].toString(), m_kfp->experiments().first().value(u"experiment_id"_s).toString());
        QCOMPARE(run[u"pipeline_version_reference"_s][u"pipeline_id"_s].toString(), m_kfp->pipelines().first().value(u"pipeline_id"_s).toString());

        // The second submission is a new version of the same pipeline in the same experiment.
        submitAndWait();
        QCOMPARE(m_kfp->requestsTo(u"POST"_s, u"/apis/v2beta1/pipelines/upload_version"_s).size(), 1);
        QCOMPARE(m_kfp->pipelines().size(), 1);
        QCOMPARE(m_kfp->experiments().size(), 1);
        const auto versions = m_kfp->versions();
        QCOMPARE(m_kfp->run(m_kfp->runIds().last())[u"pipeline_version_reference"_s][u"pipeline_version_id"_s].toString(),
                 versions.last().value(u"pipeline_version_id"_s).toString());
    }

    void pollingMapsTaskDetailsAndBacksOff()
    {
        const QString id = submitAndWait();
        const QString kfpId = m_backend->kfpRunId(id);
        m_kfp->setRun(kfpId, u"RUNNING"_s, QJsonArray{task(u"root"_s, u"root"_s, u"RUNNING"_s, {}),
                                                      task(u"t1"_s, u"prepare"_s, u"SUCCEEDED"_s, u"root"_s, u"kfp-demo-abc-111"_s),
                                                      task(u"t2"_s, u"train"_s, u"RUNNING"_s, u"root"_s, u"kfp-demo-abc-222"_s)});
        auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 2; });
        QVERIFY(s);
        QCOMPARE(ps::toString(s->phase), u"Running"_s);
        QCOMPARE(ps::toString(s->node(u"prepare"_s)->phase), u"Succeeded"_s);
        QCOMPARE(ps::toString(s->node(u"train"_s)->phase), u"Running"_s);
        QCOMPARE(s->id, id);
        QCOMPARE(m_backend->metricMatchers(id, u"train"_s), u"namespace=\"team\",pod=\"kfp-demo-abc-222\",container=\"main\""_s);
        // Nothing changes: the polls slow down to the ceiling.
        QVERIFY(QTest::qWaitFor([&] { return m_backend->pollIntervalMs() == 400; }, 10000));
        m_kfp->setRun(kfpId, u"FAILED"_s, QJsonArray{task(u"t1"_s, u"prepare"_s, u"SUCCEEDED"_s, u"root"_s, u"p1"_s),
                                                     task(u"t2"_s, u"train"_s, u"FAILED"_s, u"root"_s, u"p2"_s)},
                      u"train: exit code 1"_s);
        s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Failed; });
        QVERIFY(s);
        QCOMPARE(s->message, u"train: exit code 1"_s);
        const int polls = m_kfp->requestsTo(u"GET"_s, u"/apis/v2beta1/runs/%1"_s.arg(kfpId)).size();
        QTest::qWait(600);
        QCOMPARE(m_kfp->requestsTo(u"GET"_s, u"/apis/v2beta1/runs/%1"_s.arg(kfpId)).size(), polls); // finished: no more polls

        QVERIFY(m_backend->retry(id).ok());
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Running; }));
        QCOMPARE(m_kfp->requestsTo(u"POST"_s, u"/apis/v2beta1/runs/%1:retry"_s.arg(kfpId)).size(), 1);
        QVERIFY(!m_backend->retry(id).ok()); // running now
        QVERIFY(m_backend->cancel(id).ok());
        s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Failed; });
        QVERIFY(s);
        QCOMPARE(m_kfp->requestsTo(u"POST"_s, u"/apis/v2beta1/runs/%1:terminate"_s.arg(kfpId)).size(), 1);
    }

    void loopIterationsAndRetriesBecomeIterationAndAttemptNodes()
    {
        const QString id = submitAndWait();
        // A ParallelFor over a sub-DAG (two iterations, each with a task and its driver), a
        // task retried by KFP (its record keeps the failed pods and the state history), and
        // a retry as Argo lists it (children "<task>(<n>)"), under KFP's root DAG.
        QJsonObject flaky = detail(u"f"_s, u"flaky"_s, u"SUCCEEDED"_s, u"r"_s, u"p-flaky-3"_s);
        flaky[u"executor_detail"_s] = QJsonObject{{u"main_job"_s, u"p-flaky-3"_s},
                                                   {u"failed_main_jobs"_s, QJsonArray{u"p-flaky-1"_s, u"p-flaky-2"_s}}};
        flaky[u"state_history"_s] = QJsonArray{status(u"PENDING"_s, u"2024-05-01T10:00:00Z"_s),
                                                status(u"RUNNING"_s, u"2024-05-01T10:00:01Z"_s),
                                                status(u"FAILED"_s, u"2024-05-01T10:00:05Z"_s, u"exit code 1"_s),
                                                status(u"RUNNING"_s, u"2024-05-01T10:00:10Z"_s),
                                                status(u"FAILED"_s, u"2024-05-01T10:00:12Z"_s, u"OOMKilled"_s),
                                                status(u"RUNNING"_s, u"2024-05-01T10:00:20Z"_s),
                                                status(u"SUCCEEDED"_s, u"2024-05-01T10:00:30Z"_s)};
        flaky[u"end_time"_s] = u"2024-05-01T10:00:30Z"_s;
        const QJsonArray details{
            detail(u"r"_s, u"root"_s, u"RUNNING"_s, {}, {}, {u"L"_s, u"f"_s, u"S"_s}),
            detail(u"rd"_s, u"root-driver"_s, u"SUCCEEDED"_s, {}, u"p-root-driver"_s),
            detail(u"L"_s, u"for-loop-2"_s, u"RUNNING"_s, u"r"_s, {}, {u"i1"_s, u"i0"_s}),
            detail(u"i1"_s, u"for-loop-2(1:b)"_s, u"RUNNING"_s, u"L"_s, {}, {u"t1"_s}),
            detail(u"i0"_s, u"for-loop-2(0:a)"_s, u"SUCCEEDED"_s, u"L"_s, {}, {u"t0"_s}),
            detail(u"t0d"_s, u"train-driver"_s, u"SUCCEEDED"_s, u"i0"_s, u"p-train-0-driver"_s),
            detail(u"t0"_s, u"train"_s, u"SUCCEEDED"_s, u"i0"_s, u"p-train-0"_s),
            detail(u"t1"_s, u"train"_s, u"RUNNING"_s, u"i1"_s, u"p-train-1"_s),
            flaky,
            detail(u"S"_s, u"sleep"_s, u"SUCCEEDED"_s, u"r"_s, {}, {u"s0"_s, u"s1"_s}),
            detail(u"s0"_s, u"sleep(0)"_s, u"FAILED"_s, u"S"_s, u"p-sleep-0"_s),
            detail(u"s1"_s, u"sleep(1)"_s, u"SUCCEEDED"_s, u"S"_s, u"p-sleep-1"_s),
        };
        m_kfp->setRun(m_backend->kfpRunId(id), u"RUNNING"_s, details);
        const auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return !x.nodes.isEmpty(); });
        QVERIFY(s);
        // The tree the local engine builds for the same shapes: Loop → Graph iterations
        // "<loop>(i)" → tasks; retried tasks → Attempts "<task>#n" shown as "<task>(n)".
        QCOMPARE(tree(*s), QStringList({u"flaky task Succeeded flaky"_s,
                                        u"for-loop-2 loop Running for-loop-2"_s,
                                        u"sleep task Succeeded sleep"_s,
                                        u"flaky#0 attempt Failed flaky(0)"_s,
                                        u"flaky#1 attempt Failed flaky(1)"_s,
                                        u"flaky#2 attempt Succeeded flaky(2)"_s,
                                        u"for-loop-2(0) graph Succeeded for-loop-2(0:a)"_s,
                                        u"for-loop-2(1) graph Running for-loop-2(1:b)"_s,
                                        u"sleep#0 attempt Failed sleep(0)"_s,
                                        u"sleep#1 attempt Succeeded sleep(1)"_s,
                                        u"for-loop-2(0)/train task Succeeded train"_s,
                                        u"for-loop-2(1)/train task Running train"_s}).join(u'\n'));
        const ps::RunNode *second = s->node(u"flaky#1"_s);
        QCOMPARE(second->message, u"OOMKilled"_s);
        QCOMPARE(second->startedAt, QDateTime::fromString(u"2024-05-01T10:00:10Z"_s, Qt::ISODate));
        QCOMPARE(second->finishedAt, QDateTime::fromString(u"2024-05-01T10:00:12Z"_s, Qt::ISODate));
        // What the run graph shows for the top-level tasks.
        const auto states = ps::TaskRunState::ofScope(*s, {});
        QCOMPARE(states.value(u"for-loop-2"_s).iterationCount(), 2);
        QCOMPARE(states.value(u"flaky"_s).attempts, 3);
        QCOMPARE(states.value(u"sleep"_s).attempts, 2);
        // Each attempt's log and metrics are its own pod's; the task's are its latest attempt's.
        const auto podOf = [&](const QString &node) { return m_backend->metricMatchers(id, node).section(u"pod=\""_s, 1).section(u'"', 0, 0); };
        QCOMPARE(podOf(u"flaky#0"_s), u"p-flaky-1"_s);
        QCOMPARE(podOf(u"flaky#1"_s), u"p-flaky-2"_s);
        QCOMPARE(podOf(u"flaky"_s), u"p-flaky-3"_s);
        QCOMPARE(podOf(u"sleep"_s), u"p-sleep-1"_s);
        QCOMPARE(podOf(u"for-loop-2(1)/train"_s), u"p-train-1"_s);
    }

    void flatTaskListsStillGroupIterations()
    {
        // Without parent_task_id (task details listed flat, as Argo names the nodes), an
        // iteration "<loop>(i:item)" still belongs to its loop.
        const QString id = submitAndWait();
        m_kfp->setRun(m_backend->kfpRunId(id), u"SUCCEEDED"_s,
                      QJsonArray{detail(u"a"_s, u"echo(1:y)"_s, u"FAILED"_s, {}, u"p-echo-1"_s),
                                 detail(u"b"_s, u"echo(0:x)"_s, u"SUCCEEDED"_s, {}, u"p-echo-0"_s)});
        const auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Succeeded; });
        QVERIFY(s);
        QCOMPARE(tree(*s), QStringList({u"echo loop Failed echo"_s, u"echo(0) iteration Succeeded echo(0:x)"_s,
                                        u"echo(1) iteration Failed echo(1:y)"_s}).join(u'\n'));
    }

    void runGraphComesFromThePipelineSpec()
    {
        // A run that carries its spec (the fixture), one that names a pipeline version (the
        // version fixture holds the spec), and one submitted from here (its uploaded IR).
        m_kfp->addRun(fixture(u"run_completed_with_spec.json"_s));
        const QString byVersion = m_kfp->addRun(fixture(u"run_completed.json"_s)).value(u"run_id"_s).toString();
        const QString withSpec = m_kfp->runIds().first();
        m_kfp->addVersion(fixture(u"pipeline_version.json"_s));
        QSignalSpy loaded(m_backend.get(), &KfpBackend::runsLoaded);
        QSignalSpy changed(m_backend.get(), &KfpBackend::runChanged);
        m_backend->start();
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_backend->pipelineOf(withSpec));
        QCOMPARE(rootTaskNames(*m_backend->pipelineOf(withSpec)), QStringList{u"hello-world"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_backend->pipelineOf(byVersion).has_value(), 10000);
        QVERIFY(changed.contains(QVariantList{byVersion}));   // the graph panel asks again then
        QCOMPARE(rootTaskNames(*m_backend->pipelineOf(byVersion)), QStringList{u"hello-world"_s});
        QCOMPARE(m_kfp->requestsTo(u"GET"_s, u"/apis/v2beta1/pipelines/9b187b86-7c0a-42ae-a0bc-2a746b6eb7a3/versions/"
                                             "e15dc3ec-b45e-4cc7-bb07-e76b5dbce99a"_s).size(), 1);

        const QString ours = submitAndWait();
        QTRY_VERIFY_WITH_TIMEOUT(m_backend->pipelineOf(ours).has_value(), 10000);
        QCOMPARE(rootTaskNames(*m_backend->pipelineOf(ours)), (QStringList{u"prepare"_s, u"train"_s}));
        QVERIFY(!m_backend->pipelineOf(u"no-such-run"_s));
    }

    void submitsIntoTheExperimentChosen()
    {
        ps::RunRequest request;
        request.experiment = u"ablation"_s;
        const QString id = submitAndWait(request);
        QCOMPARE(m_kfp->experiments().size(), 1);
        const QJsonObject made = m_kfp->experiments().first();
        QCOMPARE(made.value(u"display_name"_s).toString(), u"ablation"_s);
        QCOMPARE(m_kfp->run(m_backend->kfpRunId(id))[u"experiment_id"_s].toString(), made.value(u"experiment_id"_s).toString());
        // What the run dialog offers: the connection's default first, then the server's.
        QVERIFY(m_backend->groupsRunsInExperiments());
        QCOMPARE(pstest::resultOf(m_backend->experiments()).value, (QStringList{u"nightly"_s, u"ablation"_s}));
    }

    void logsComeFromThePodLogApiAndResume()
    {
        const QString id = submitAndWait();
        m_kfp->setRun(m_backend->kfpRunId(id), u"RUNNING"_s, QJsonArray{task(u"t2"_s, u"train"_s, u"RUNNING"_s, {}, u"kfp-pod-9"_s)});
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 1; }));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1714557600, Qt::UTC);
        for (int i = 0; i < 3; ++i)
            m_kube->logs().append(u"kfp-pod-9"_s, u"step %1"_s.arg(i), t0.addMSecs(i * 10));
        Fault cut;
        cut.kind = Fault::Kind::CutStream;
        cut.pathContains = u"/log"_s;
        cut.afterChunks = 1;
        m_kube->injectFault(cut);
        std::unique_ptr<ps::LogStream> stream(m_backend->openLogStream(id, u"train"_s));
        QStringList got;
        connect(stream.get(), &ps::LogStream::linesArrived, this, [&](const ps::LogLines &lines) {
            for (const auto &l : lines)
                got.append(l.text);
        });
        QSignalSpy finished(stream.get(), &ps::LogStream::finished);
        QVERIFY(QTest::qWaitFor([&] { return got.size() == 3; }, 15000));
        m_kube->logs().finish(u"kfp-pod-9"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(got, (QStringList{u"step 0"_s, u"step 1"_s, u"step 2"_s}));
        const auto requests = m_kube->requestsTo(u"GET"_s, u"/api/v1/namespaces/team/pods/kfp-pod-9/log"_s);
        QVERIFY(requests.size() >= 2);
        QCOMPARE(requests.first().query.queryItemValue(u"container"_s), u"main"_s);
        QCOMPARE(requests.first().query.queryItemValue(u"follow"_s), u"true"_s);
        QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer kube-token"));
        QCOMPARE(requests.last().query.queryItemValue(u"sinceTime"_s, QUrl::FullyDecoded), u"2024-05-01T10:00:00Z"_s);
    }

    void artifactsAreReadThroughTheReadEndpoint()
    {
        const QString id = submitAndWait();
        const QString kfpId = m_backend->kfpRunId(id);
        m_kfp->setRun(kfpId, u"SUCCEEDED"_s, QJsonArray{task(u"t1"_s, u"train"_s, u"SUCCEEDED"_s, {}, u"kfp-pod-1"_s)});
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Succeeded; }));
        const auto list = m_backend->artifacts(id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, u"model"_s);
        m_kfp->setArtifact(kfpId, u"kfp-pod-1"_s, u"model"_s, "weights\x00\x01"_ba);
        QTemporaryDir dir;
        QSignalSpy fetched(m_backend.get(), &KfpBackend::artifactFetched);
        m_backend->fetchArtifact(id, list.first(), dir.filePath(u"model.bin"_s));
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.first().at(2).toString(), QString());
        QFile f(dir.filePath(u"model.bin"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "weights\x00\x01"_ba);
    }

    void recurringRunsAndResubmit()
    {
        ps::Pipeline p = pstest::pipelineFromYaml(kPipeline);
        p.schedule = ps::Schedule{};
        p.schedule->cron = u"0 2 * * *"_s;
        using Kind = ps::BackendAction::Kind;
        ps::RunBackend &b = *m_backend;
        QVERIFY(b.hasSchedules() && !b.hasTemplates());
        QVERIFY(b.createSchedule(p, {}).ok());
        const ps::ActionOutcome outcome = pstest::outcomeOf(b, {Kind::CreateSchedule, p.name});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const ps::BackendResult<QString> made{outcome.result, {}};
        QCOMPARE(m_kfp->recurringRuns().size(), 1);
        QCOMPARE(m_kfp->recurringRuns().first()[u"trigger"_s][u"cron_schedule"_s][u"cron"_s].toString(), u"0 0 2 * * *"_s);
        QCOMPARE(m_kfp->recurringRuns().first()[u"status"_s].toString(), u"ENABLED"_s);
        const auto listed = pstest::resultOf(b.listSchedules());
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.first().id, made.value);
        QVERIFY(b.suspendSchedule(made.value).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::SuspendSchedule, made.value}).ok());
        QCOMPARE(m_kfp->recurringRuns().first()[u"status"_s].toString(), u"DISABLED"_s);
        QVERIFY(b.resumeSchedule(made.value).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::ResumeSchedule, made.value}).ok());
        QCOMPARE(m_kfp->recurringRuns().first()[u"status"_s].toString(), u"ENABLED"_s);
        QVERIFY(b.resumeSchedule(u"nope"_s).ok());
        QVERIFY(!pstest::outcomeOf(b, {Kind::ResumeSchedule, u"nope"_s}).ok());
        QVERIFY(b.deleteSchedule(made.value).ok());
        QVERIFY(pstest::outcomeOf(b, {Kind::DeleteSchedule, made.value}).ok());
        QCOMPARE(m_kfp->recurringRuns().size(), 0);

        const QString id = submitAndWait();
        const auto again = m_backend->resubmit(id, {{u"lr"_s, u"0.9"_s}});
        QVERIFY(again.ok());
        QVERIFY(QTest::qWaitFor([&] { return !m_backend->kfpRunId(again.value).isEmpty(); }, 10000));
        QCOMPARE(m_kfp->run(m_backend->kfpRunId(again.value))[u"runtime_config"_s][u"parameters"_s][u"lr"_s].toString(), u"0.9"_s);
    }

    // More recurring runs than one page: every one is listed, page by page.
    void recurringRunsOfEveryPageAreListed()
    {
        QStringList made;
        for (int i = 0; i < 5; ++i)
            made.append(m_kfp->addRecurringRun({{u"display_name"_s, u"nightly-%1"_s.arg(i)}})[u"recurring_run_id"_s].toString());
        KfpBackend::Settings settings;
        settings.pageSize = 2;
        KfpBackend backend(m_api.get(), m_kubeClient.get(), settings);
        const auto listed = pstest::resultOf(backend.listSchedules());
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QStringList ids;
        for (const ps::ScheduleInfo &r : listed.value)
            ids.append(r.id);
        QCOMPARE(ids, made);
        QCOMPARE(m_kfp->requestsTo(u"GET"_s, u"/apis/v2beta1/recurringruns"_s).size(), 3);

        // A refused listing ends with the server's word.
        m_kfp->injectFault({pstest::Fault::Kind::ServerError, u"/recurringruns"_s, 1, u"database is locked"_s});
        settings.pageSize = 10;
        KfpBackend failing(m_api.get(), m_kubeClient.get(), settings);
        const auto refused = pstest::resultOf(failing.listSchedules());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"database is locked"_s), qPrintable(refused.error));
    }

    void faultsEndInAClearMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        QTest::newRow("401 on upload") << int(Fault::Kind::Unauthorized) << u"/upload"_s << u"401"_s;
        QTest::newRow("403 on experiments") << int(Fault::Kind::Forbidden) << u"/experiments"_s << u"403"_s;
        QTest::newRow("500 on create run") << int(Fault::Kind::ServerError) << u"/apis/v2beta1/runs"_s << u"500"_s;
        QTest::newRow("login page") << int(Fault::Kind::Html) << u"/pipelines"_s << u"web page"_s;
        QTest::newRow("hang") << int(Fault::Kind::Hang) << u"/pipelines"_s << u"time"_s;
        QTest::newRow("huge answer") << int(Fault::Kind::Huge) << u"/experiments"_s << u"larger than 64 MiB"_s;
    }
    void faultsEndInAClearMessage()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QString, expect);
        Fault f;
        f.kind = Fault::Kind(kind);
        f.pathContains = path;
        f.message = u"injected"_s;
        m_kfp->injectFault(f);
        const auto id = m_backend->submit(pstest::pipelineFromYaml(kPipeline), {});
        QVERIFY(id.ok());
        const ps::ActionOutcome failed = pstest::outcomeOf(*m_backend, {ps::BackendAction::Kind::Submit, id.value}, 15000);
        QVERIFY2(!failed.ok() && failed.error.contains(expect, Qt::CaseInsensitive), qPrintable(failed.error));
        QCOMPARE(ps::toString(m_backend->snapshot(id.value)->phase), u"Error"_s);
    }

    void uploadWithoutTheFileFieldIsRefusedByTheServer()
    {
        // What the fake checks is what KFP checks: a body without `uploadfile` is refused
        // with the upload endpoints' own error shape, and the client shows that message.
        ps::HttpClient http;
        ps::ApiClient api(&http, m_kfp->url());
        api.setBearerToken(u"kfp-token"_s);
        const auto r = pstest::resultOf(api.call("POST", u"/apis/v2beta1/pipelines/upload"_s, {}, "x", "multipart/form-data; boundary=b"));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.contains(u"no such file"_s), qPrintable(r.error));
    }
};

PS_TEST(KfpBackendTest)
#include "tst_kfpbackend.moc"
