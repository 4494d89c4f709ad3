#include "actionwait.h"
#include "apiclient.h"
#include "argobackend.h"
#include "argowatch.h"
#include "argoworkflowmapper.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "futurewait.h"
#include "snapshotwait.h"
#include "taskrunstate.h"
#include "httpclient.h"
#include "logging.h"
#include "logstream.h"
#include "testdata.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <sstream>

using namespace Qt::StringLiterals;
using ps::ApiClient;
using ps::ArgoBackend;
using ps::ArgoWorkflowMapper;
using ps::RunNode;
using ps::TaskPhase;
using pstest::Fault;
using pstest::FakeArgoServer;

namespace {

const QByteArray kPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: train-pipeline-
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
      - name: prepare
        template: echo
        arguments: {parameters: [{name: msg, value: "{{workflow.parameters.epochs}}"}]}
      - name: train
        template: echo
        dependencies: [prepare]
        withItems: [a, b]
        arguments: {parameters: [{name: msg, value: "{{item}}"}]}
      - name: report
        template: echo
        dependencies: [train]
        arguments: {parameters: [{name: msg, value: done}]}
  - name: echo
    retryStrategy: {limit: "2"}
    inputs: {parameters: [{name: msg}]}
    container: {image: "alpine:3.19", command: [echo, "{{inputs.parameters.msg}}"]}
)";

// A node of Argo's status as the controller writes it.
struct N {
    QString name, display, type, phase;
    QStringList children;
    QString templateName = u"echo"_s;
    QString boundary = {};   // the name of the node whose template holds it (empty: the workflow)
};

QJsonObject nodesOf(const QString &wf, const QList<N> &list)
{
    const auto idOf = [&](const QString &name) { return name == wf ? wf : wf + u'-' + ArgoWorkflowMapper::nodeHash(name); };
    QJsonObject nodes;
    for (const N &n : list) {
        QJsonArray children;
        for (const QString &c : n.children)
            children.append(idOf(c));
        QJsonObject o{{u"id"_s, idOf(n.name)}, {u"name"_s, n.name}, {u"displayName"_s, n.display}, {u"type"_s, n.type},
                      {u"phase"_s, n.phase}, {u"templateName"_s, n.templateName}, {u"children"_s, children},
                      {u"startedAt"_s, u"2024-05-01T10:00:00Z"_s}};
        if (n.name != wf)
            o[u"boundaryID"_s] = idOf(n.boundary.isEmpty() ? wf : n.boundary);
        if (n.name == wf + u".prepare(0)")
            o[u"outputs"_s] = QJsonObject{{u"artifacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"data"_s}, {u"s3"_s, QJsonObject{{u"key"_s, u"k/data.tgz"_s}}}},
                                                                       QJsonObject{{u"name"_s, u"main-logs"_s}}}}};
        nodes[idOf(n.name)] = o;
    }
    return nodes;
}

QJsonObject runningStatus(const QString &w)
{
    const QList<N> nodes{
        {w, w, u"DAG"_s, u"Running"_s, {w + u".prepare"_s}, u"main"_s},
        {w + u".prepare"_s, u"prepare"_s, u"Retry"_s, u"Succeeded"_s, {w + u".prepare(0)"_s, w + u".train"_s}},
        {w + u".prepare(0)"_s, u"prepare(0)"_s, u"Pod"_s, u"Succeeded"_s, {}},
        {w + u".train"_s, u"train"_s, u"TaskGroup"_s, u"Running"_s, {w + u".train(0:a)"_s, w + u".train(1:b)"_s}},
        {w + u".train(0:a)"_s, u"train(0:a)"_s, u"Retry"_s, u"Succeeded"_s, {w + u".train(0:a)(0)"_s}},
        {w + u".train(0:a)(0)"_s, u"train(0:a)(0)"_s, u"Pod"_s, u"Succeeded"_s, {}},
        {w + u".train(1:b)"_s, u"train(1:b)"_s, u"Retry"_s, u"Running"_s, {w + u".train(1:b)(0)"_s, w + u".train(1:b)(1)"_s}},
        {w + u".train(1:b)(0)"_s, u"train(1:b)(0)"_s, u"Pod"_s, u"Failed"_s, {}},
        {w + u".train(1:b)(1)"_s, u"train(1:b)(1)"_s, u"Pod"_s, u"Running"_s, {}},
    };
    return QJsonObject{{u"phase"_s, u"Running"_s}, {u"startedAt"_s, u"2024-05-01T10:00:00Z"_s}, {u"nodes"_s, nodesOf(w, nodes)}};
}

// A steps workflow as the corpus writes them (steps.yaml, coinflip.yaml,
// loops-param-argument.yaml): parallel steps in groups, a looping step whose template sets
// its own display name, a retried template, a nested steps template and a skipped step.
const QByteArray kStepsPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: steps-
spec:
  entrypoint: main
  templates:
  - name: main
    steps:
    - - name: prepare
        template: echo
        arguments: {parameters: [{name: msg, value: hello}]}
    - - name: train
        template: flaky
        withItems: [a, b]
        arguments: {parameters: [{name: msg, value: "{{item}}"}]}
      - name: sub
        template: inner-steps
    - - name: report
        template: echo
        when: "{{steps.prepare.outputs.result}} == never"
        arguments: {parameters: [{name: msg, value: done}]}
  - name: inner-steps
    steps:
    - - name: inner
        template: echo
        arguments: {parameters: [{name: msg, value: inner}]}
  - name: flaky
    retryStrategy: {limit: "2"}
    metadata:
      annotations: {workflows.argoproj.io/display-name: "train-{{inputs.parameters.msg}}"}
    inputs: {parameters: [{name: msg}]}
    container: {image: "alpine:3.19", command: [echo, "{{inputs.parameters.msg}}"]}
  - name: echo
    inputs: {parameters: [{name: msg}]}
    container: {image: "alpine:3.19", command: [echo, "{{inputs.parameters.msg}}"]}
)";

// Node statuses of that workflow as the controller writes them: StepGroup nodes "[i]" between
// the steps, the steps' boundaryID the Steps node around them, and a looping step's items
// straight under their StepGroup (no TaskGroup node, unlike a DAG).
QJsonObject stepsStatus(const QString &w)
{
    const QString sub = w + u"[1].sub"_s;
    const QList<N> nodes{
        {w, w, u"Steps"_s, u"Running"_s, {w + u"[0]"_s}, u"main"_s},
        {w + u"[0]"_s, u"[0]"_s, u"StepGroup"_s, u"Succeeded"_s, {w + u"[0].prepare"_s}, u"main"_s},
        {w + u"[0].prepare"_s, u"prepare"_s, u"Pod"_s, u"Succeeded"_s, {w + u"[1]"_s}},
        {w + u"[1]"_s, u"[1]"_s, u"StepGroup"_s, u"Running"_s, {w + u"[1].train(0:a)"_s, w + u"[1].train(1:b)"_s, sub}, u"main"_s},
        {w + u"[1].train(0:a)"_s, u"train-a"_s, u"Retry"_s, u"Succeeded"_s, {w + u"[1].train(0:a)(0)"_s}, u"flaky"_s},
        {w + u"[1].train(0:a)(0)"_s, u"train-a(0)"_s, u"Pod"_s, u"Succeeded"_s, {}, u"flaky"_s},
        {w + u"[1].train(1:b)"_s, u"train-b"_s, u"Retry"_s, u"Running"_s, {w + u"[1].train(1:b)(0)"_s, w + u"[1].train(1:b)(1)"_s}, u"flaky"_s},
        {w + u"[1].train(1:b)(0)"_s, u"train-b(0)"_s, u"Pod"_s, u"Failed"_s, {}, u"flaky"_s},
        {w + u"[1].train(1:b)(1)"_s, u"train-b(1)"_s, u"Pod"_s, u"Running"_s, {}, u"flaky"_s},
        {sub, u"sub"_s, u"Steps"_s, u"Succeeded"_s, {sub + u"[0]"_s}, u"inner-steps"_s},
        {sub + u"[0]"_s, u"[0]"_s, u"StepGroup"_s, u"Succeeded"_s, {sub + u"[0].inner"_s}, u"inner-steps"_s, sub},
        {sub + u"[0].inner"_s, u"inner"_s, u"Pod"_s, u"Succeeded"_s, {}, u"echo"_s, sub},
        {w + u"[2]"_s, u"[2]"_s, u"StepGroup"_s, u"Pending"_s, {w + u"[2].report"_s}, u"main"_s},
        {w + u"[2].report"_s, u"report"_s, u"Skipped"_s, u"Skipped"_s, {}},
    };
    return QJsonObject{{u"phase"_s, u"Running"_s}, {u"startedAt"_s, u"2024-05-01T10:00:00Z"_s}, {u"nodes"_s, nodesOf(w, nodes)}};
}

} // namespace

// The Argo backend against a fake Argo Server that follows the swagger: what it sends,
// how it follows, how it survives drops and refusals.
class ArgoBackendTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeArgoServer> m_argo;
    std::unique_ptr<ps::HttpClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ArgoBackend> m_backend;

    void makeBackend(int pageSize = 100)
    {
        m_api = std::make_unique<ApiClient>(m_http.get(), m_argo->url());
        m_api->setBearerToken(u"sa-token"_s);
        m_api->setTimeout(std::chrono::milliseconds(3000));
        ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        settings.pageSize = pageSize;
        settings.reconnectDelayMs = 50;
        m_backend = std::make_unique<ArgoBackend>(m_api.get(), settings);
    }
    QString submitAndWaitCreated(const ps::RunRequest &request = {})
    {
        return pstest::submitAndWait(*m_backend, pstest::pipelineFromYaml(kPipeline), request,
                                     [this](const QString &id) { return m_argo->workflowNames().contains(id); });
    }
    std::optional<ps::RunSnapshot> waitSnapshot(const QString &id, const std::function<bool(const ps::RunSnapshot &)> &ok)
    {
        return pstest::waitSnapshot(*m_backend, id, ok);
    }

private slots:
    void init()
    {
        m_argo = std::make_unique<FakeArgoServer>();
        QVERIFY(m_argo->listen());
        m_argo->requireToken(u"sa-token"_s);
        m_http = std::make_unique<ps::HttpClient>();
        makeBackend();
    }
    void cleanup()
    {
        m_backend.reset();
        m_api.reset();
        m_http.reset();
        m_argo.reset();
    }

    void theRunGraphGetsThePipelineBackFromTheServersWorkflow()
    {
        const QString id = submitAndWaitCreated();
        QTRY_VERIFY(m_backend->pipelineOf(id).has_value());
        const ps::Pipeline p = *m_backend->pipelineOf(id);
        QStringList names;
        for (const ps::Task &t : p.root.tasks())
            names << t.name;
        names.sort();
        QCOMPARE(names, (QStringList{u"prepare"_s, u"report"_s, u"train"_s}));
        QVERIFY(!m_backend->pipelineOf(u"no-such-run"_s));
    }

    void theTokenIsSentButNeverLogged()
    {
        // Every request is logged at debug level with its headers; the sink sees no token.
        std::ostringstream log;
        auto logger = ps::Logging::makeLogger(std::make_shared<spdlog::sinks::ostream_sink_mt>(log));
        logger->set_level(spdlog::level::debug);
        m_http->setLogger(logger);
        const QString id = submitAndWaitCreated();
        QVERIFY(!id.isEmpty());
        logger->flush();
        const QString written = QString::fromStdString(log.str());
        QVERIFY2(written.contains(u"/api/v1/workflows/ml"_s) && written.contains(u"Authorization"_s, Qt::CaseInsensitive),
                 qPrintable(written));
        QVERIFY2(!written.contains(u"sa-token"_s) && written.contains(u"[redacted]"_s), qPrintable(written));
        QCOMPARE(m_argo->requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s).first().header("authorization"), QByteArray("Bearer sa-token"));
    }

    void submitLintsThenCreatesALabelledValidWorkflow()
    {
        ps::RunRequest request;
        request.parameters.insert(u"epochs"_s, u"7"_s);
        request.displayName = u"nightly"_s;
        const QString id = submitAndWaitCreated(request);
        QVERIFY(id.startsWith(u"train-pipeline-"_s));
        const auto lint = m_argo->requestsTo(u"POST"_s, u"/api/v1/workflows/ml/lint"_s);
        const auto create = m_argo->requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s);
        QCOMPARE(lint.size(), 1);
        QCOMPARE(create.size(), 1);
        QStringList order;
        for (const auto &r : m_argo->requests())
            if (r.method == "POST")
                order.append(r.path);
        QCOMPARE(order, (QStringList{u"/api/v1/workflows/ml/lint"_s, u"/api/v1/workflows/ml"_s}));
        QCOMPARE(create.first().header("authorization"), QByteArray("Bearer sa-token"));
        const QJsonObject body = QJsonDocument::fromJson(create.first().body).object();
        QCOMPARE(body.value(u"namespace"_s).toString(), u"ml"_s);
        const QJsonObject wf = body.value(u"workflow"_s).toObject();
        const QJsonObject labels = wf[u"metadata"_s][u"labels"_s].toObject();
        QCOMPARE(labels.value(u"pipelinestudio.io/managed"_s).toString(), u"true"_s);
        QVERIFY(!labels.value(u"pipelinestudio.io/pipeline"_s).toString().isEmpty());
        QCOMPARE(wf[u"metadata"_s][u"annotations"_s][u"pipelinestudio.io/display-name"_s].toString(), u"nightly"_s);
        const QJsonArray params = wf[u"spec"_s][u"arguments"_s][u"parameters"_s].toArray();
        QCOMPARE(params.size(), 1);
        QCOMPARE(params.first()[u"value"_s].toString(), u"7"_s);
        QCOMPARE(m_backend->snapshot(id)->displayName, u"nightly"_s);

        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 with jsonschema is needed to validate against Argo's JSON schema");
        QTemporaryDir dir;
        QFile out(dir.filePath(u"wf.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(wf).toJson());
        out.close();
        QProcess python;
        python.start(u"python3"_s, {pstest::sourcePath(u"tests/tools/validate_json_schema.py"_s),
                                    pstest::sharedPath(u"api/argo/workflow.schema.json"_s), out.fileName()});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardOutput().constData());
    }

    void lintErrorsAreShownAtTheTaskTheyName()
    {
        m_argo->setLintError(u"templates.main.tasks.train templates.echo: failed to resolve {{inputs.parameters.nope}}"_s);
        const auto id = m_backend->submit(pstest::pipelineFromYaml(kPipeline), {});
        QVERIFY(id.ok());
        const ps::ActionOutcome refused = pstest::outcomeOf(*m_backend, {ps::BackendAction::Kind::Submit, id.value});
        QVERIFY(!refused.ok());
        const ps::Diagnostics diagnostics = refused.diagnostics;
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().taskName, u"train"_s);
        QVERIFY(diagnostics.first().message.contains(u"failed to resolve"_s));
        QVERIFY(m_backend->snapshot(id.value)->phase == ps::RunPhase::Error);
        QVERIFY(m_backend->snapshot(id.value)->message.contains(u"failed to resolve"_s));
        QCOMPARE(m_argo->requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s).size(), 0); // never created
    }

    void nodeStatusesMapOntoTasksIterationsAndAttempts()
    {
        m_backend->start();
        QVERIFY(QTest::qWaitFor([&] { return m_argo->openWatches() == 1; }, 10000));
        const QString id = submitAndWaitCreated();
        m_argo->setStatus(id, runningStatus(id));
        const auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 8; });
        QVERIFY(s);
        QCOMPARE(ps::toString(s->phase), u"Running"_s);
        const auto check = [&](const QString &nodeId, RunNode::Kind kind, TaskPhase phase, const QString &parent, const QString &display) {
            const RunNode *n = s->node(nodeId);
            QVERIFY2(n, qPrintable(nodeId));
            QCOMPARE(ps::toString(n->kind), ps::toString(kind));
            QCOMPARE(ps::toString(n->phase), ps::toString(phase));
            QCOMPARE(n->parentId, parent);
            QCOMPARE(n->displayName, display);
        };
        check(u"prepare"_s, RunNode::Kind::Task, TaskPhase::Succeeded, {}, u"prepare"_s);
        check(u"prepare#0"_s, RunNode::Kind::Attempt, TaskPhase::Succeeded, u"prepare"_s, u"prepare(0)"_s);
        check(u"train"_s, RunNode::Kind::Loop, TaskPhase::Running, {}, u"train"_s);
        check(u"train(0)"_s, RunNode::Kind::Iteration, TaskPhase::Succeeded, u"train"_s, u"train(0:a)"_s);
        check(u"train(1)"_s, RunNode::Kind::Iteration, TaskPhase::Running, u"train"_s, u"train(1:b)"_s);
        check(u"train(1)#0"_s, RunNode::Kind::Attempt, TaskPhase::Failed, u"train(1)"_s, u"train(1:b)(0)"_s);
        check(u"train(1)#1"_s, RunNode::Kind::Attempt, TaskPhase::Running, u"train(1)"_s, u"train(1:b)(1)"_s);
        for (qsizetype i = 0; i < s->nodes.size(); ++i) // parents before children
            if (!s->nodes[i].parentId.isEmpty())
                QVERIFY(s->node(s->nodes[i].parentId) < &s->nodes[i]);
        // The log of a retried task is its latest attempt's pod; metrics select that pod.
        const QString pod = m_backend->podName(id, u"train(1)"_s);
        QCOMPARE(pod, id + u"-echo-"_s + ArgoWorkflowMapper::nodeHash(id + u".train(1:b)(1)"_s));
        QCOMPARE(m_backend->metricMatchers(id, u"train(1)"_s), u"namespace=\"ml\",pod=\"%1\",container=\"main\""_s.arg(pod));
        QCOMPARE(m_backend->metricMatchers(id), u"namespace=\"ml\",pod=~\"%1-.*\""_s.arg(id));
    }

    void stepsWorkflowsMapOntoTheirTasksAsDagsDo()
    {
        m_backend->start();
        QVERIFY(QTest::qWaitFor([&] { return m_argo->openWatches() == 1; }, 10000));
        const QString id = pstest::submitAndWait(*m_backend, pstest::pipelineFromYaml(kStepsPipeline), {},
                                                 [this](const QString &name) { return m_argo->workflowNames().contains(name); });
        m_argo->setStatus(id, stepsStatus(id));
        const auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return !x.nodes.isEmpty(); });
        QVERIFY(s);
        QStringList got;
        for (const RunNode &n : s->nodes)
            got << u"%1 %2 %3 %4"_s.arg(n.id, ps::toString(n.kind), ps::toString(n.phase), n.parentId);
        QCOMPARE(got.join(u'\n'), QStringList({u"prepare task Succeeded "_s,
                                                 u"report task Skipped "_s,
                                                 u"sub graph Succeeded "_s,
                                                 u"train loop Running "_s,
                                                 u"sub/inner task Succeeded sub"_s,
                                                 u"train(0) iteration Succeeded train"_s,
                                                 u"train(1) iteration Running train"_s,
                                                 u"train(0)#0 attempt Succeeded train(0)"_s,
                                                 u"train(1)#0 attempt Failed train(1)"_s,
                                                 u"train(1)#1 attempt Running train(1)"_s}).join(u'\n'));
        // Every node lands on a task of the pipeline the run graph draws, at every level.
        QTRY_VERIFY(m_backend->pipelineOf(id).has_value());
        const ps::Pipeline p = *m_backend->pipelineOf(id);
        const auto namesOf = [](const ps::Graph &g) {
            QStringList names;
            for (const ps::Task &t : g.tasks())
                names << t.name;
            names.sort();
            return names;
        };
        QStringList top = ps::TaskRunState::ofScope(*s, {}).keys();
        top.sort();
        QCOMPARE(top, namesOf(p.root));
        const ps::Task *sub = nullptr;
        for (const ps::Task &t : p.root.tasks())
            if (t.name == u"sub"_s)
                sub = &t;
        QVERIFY(sub && p.graph(sub->component));
        QCOMPARE(ps::TaskRunState::ofScope(*s, u"sub"_s).keys(), namesOf(*p.graph(sub->component)));
        const auto states = ps::TaskRunState::ofScope(*s, {});
        QCOMPARE(states.value(u"train"_s).iterationCount(), 2);
        // The iteration's own display name (set by the template) is kept for people.
        QCOMPARE(s->node(u"train(0)"_s)->displayName, u"train-a"_s);
        // A retried iteration's log is its latest attempt's pod.
        QCOMPARE(m_backend->podName(id, u"train(1)"_s), id + u"-flaky-"_s + ArgoWorkflowMapper::nodeHash(id + u"[1].train(1:b)(1)"_s));
    }

    void watchResumesFromTheLastResourceVersionAfterADrop()
    {
        Fault cut;
        cut.kind = Fault::Kind::CutStream;
        cut.pathContains = u"/workflow-events/"_s;
        cut.afterChunks = 1; // the ADDED event goes through, the next one is cut mid-line
        m_argo->injectFault(cut);
        m_backend->start();
        QVERIFY(QTest::qWaitFor([&] { return m_argo->openWatches() == 1; }, 10000));
        const QString id = submitAndWaitCreated();
        const QString createdRv = m_argo->workflow(id)[u"metadata"_s][u"resourceVersion"_s].toString();
        QVERIFY(QTest::qWaitFor([&] { return m_backend->watch()->resourceVersion() == createdRv; }, 10000));
        m_argo->setStatus(id, runningStatus(id));
        const auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 8; });
        QVERIFY2(s, "the change cut off mid-event arrives after the reconnect");
        const auto watches = m_argo->requestsTo(u"GET"_s, u"/api/v1/workflow-events/ml"_s);
        QCOMPARE(watches.size(), 2);
        QCOMPARE(watches.last().query.queryItemValue(u"listOptions.resourceVersion"_s), createdRv);
        QCOMPARE(watches.last().query.queryItemValue(u"listOptions.labelSelector"_s, QUrl::FullyDecoded), u"pipelinestudio.io/managed=true"_s);
    }

    void logsResumeWithoutLossOrRepetition()
    {
        m_backend->start();
        QVERIFY(QTest::qWaitFor([&] { return m_argo->openWatches() == 1; }, 10000));
        const QString id = submitAndWaitCreated();
        m_argo->setStatus(id, runningStatus(id));
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 8; }));
        const QString pod = m_backend->podName(id, u"train(1)"_s);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1714557600, Qt::UTC);
        const QStringList first{u"epoch 1"_s, u"same"_s, u"same"_s, u"epoch 2"_s};
        for (const QString &l : first)
            m_argo->logs().append(pod, l, t0.addMSecs(100 * first.indexOf(l)));
        Fault cut;
        cut.kind = Fault::Kind::CutStream;
        cut.pathContains = u"/log"_s;
        cut.afterChunks = 2; // "epoch 1", one "same", then half of the second "same"
        m_argo->injectFault(cut);
        std::unique_ptr<ps::LogStream> stream(m_backend->openLogStream(id, u"train(1)"_s));
        QStringList got;
        connect(stream.get(), &ps::LogStream::linesArrived, this, [&](const ps::LogLines &lines) {
            for (const auto &l : lines)
                got.append(l.text);
        });
        QSignalSpy finished(stream.get(), &ps::LogStream::finished);
        QString streamError;
        connect(stream.get(), &ps::LogStream::failed, this, [&](const QString &e) { streamError = e; });
        QVERIFY2(QTest::qWaitFor([&] { return got.size() == 4; }, 10000), qPrintable(got.join(u'|') + streamError + u" connections: "_s + QString::number(m_argo->requestsTo(u"GET"_s, u".*/log"_s).size())));
        m_argo->logs().append(pod, u"epoch 3"_s, t0.addSecs(1));
        m_argo->logs().finish(pod);
        QVERIFY(finished.wait(10000));
        QCOMPARE(got, (QStringList{u"epoch 1"_s, u"same"_s, u"same"_s, u"epoch 2"_s, u"epoch 3"_s}));
        const auto requests = m_argo->requestsTo(u"GET"_s, u"/api/v1/workflows/ml/%1/log"_s.arg(id));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().query.queryItemValue(u"podName"_s), pod);
        QCOMPARE(requests.first().query.queryItemValue(u"logOptions.container"_s), u"main"_s);
        QCOMPARE(requests.last().query.queryItemValue(u"logOptions.sinceTime.seconds"_s), QString::number(t0.toSecsSinceEpoch()));
    }

    void artifactsComeFromNodeOutputs()
    {
        m_backend->start();
        const QString id = submitAndWaitCreated();
        m_argo->setStatus(id, runningStatus(id));
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.nodes.size() == 8; }));
        const auto list = m_backend->artifacts(id);
        QCOMPARE(list.size(), 1); // main-logs is the log, not an output
        QCOMPARE(list.first().name, u"data"_s);
        QCOMPARE(list.first().nodeId, u"prepare#0"_s);
        const QString argoNode = id + u'-' + ArgoWorkflowMapper::nodeHash(id + u".prepare(0)"_s);
        m_argo->setArtifact(id, argoNode, u"data"_s, "payload bytes");
        QTemporaryDir dir;
        const QString target = dir.filePath(u"data.tgz"_s);
        QSignalSpy fetched(m_backend.get(), &ArgoBackend::artifactFetched);
        const int request = m_backend->fetchArtifact(id, list.first(), target);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.first().at(0).toInt(), request);
        QCOMPARE(fetched.first().at(2).toString(), QString());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("payload bytes"));
        // A missing artifact: a message, and no half file left behind.
        ps::ArtifactInfo missing = list.first();
        missing.uri.replace(u"/data"_s, u"/nope"_s);
        m_backend->fetchArtifact(id, missing, dir.filePath(u"nope"_s));
        QVERIFY(fetched.wait(10000));
        QVERIFY(fetched.last().at(2).toString().contains(u"404"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"nope"_s)));
    }

    void cancelRetryResubmitAndRemove()
    {
        m_backend->start();
        const QString id = submitAndWaitCreated();
        QVERIFY(!m_backend->retry(id).ok()); // running: Argo retries failed runs only
        QVERIFY(m_backend->cancel(id).ok());
        auto s = waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Failed; });
        QVERIFY(s);
        QVERIFY(s->message.contains(u"Terminate"_s));
        QCOMPARE(m_argo->requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/%1/terminate"_s.arg(id)).size(), 1);
        QVERIFY(m_backend->retry(id).ok());
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Running; }));
        QCOMPARE(m_argo->requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/%1/retry"_s.arg(id)).size(), 1);

        const auto again = m_backend->resubmit(id, {{u"epochs"_s, u"9"_s}});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.value != id);
        QVERIFY(QTest::qWaitFor([&] { return m_argo->workflowNames().contains(again.value); }, 10000));
        const QJsonObject wf = m_argo->workflow(again.value);
        QCOMPARE(wf[u"spec"_s][u"arguments"_s][u"parameters"_s][0][u"value"_s].toString(), u"9"_s);
        QCOMPARE(wf[u"metadata"_s][u"labels"_s][u"pipelinestudio.io/managed"_s].toString(), u"true"_s);

        QSignalSpy removed(m_backend.get(), &ArgoBackend::runRemoved);
        m_argo->setStatus(id, QJsonObject{{u"phase"_s, u"Failed"_s}});
        QVERIFY(waitSnapshot(id, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Failed; }));
        QVERIFY(m_backend->removeRun(id).ok());
        QVERIFY(removed.wait(10000));
        QVERIFY(!m_argo->workflowNames().contains(id));
        QVERIFY(!m_backend->snapshot(id));
    }

    void listsOurRunsPageByPage()
    {
        for (int i = 0; i < 5; ++i)
            m_argo->addWorkflow(QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"ours-%1"_s.arg(i)},
                                                                        {u"labels"_s, QJsonObject{{u"pipelinestudio.io/managed"_s, u"true"_s}}}}},
                                            {u"spec"_s, QJsonObject{}}});
        m_argo->addWorkflow(QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, u"someone-elses"_s}}}});
        makeBackend(2);
        QSignalSpy loaded(m_backend.get(), &ArgoBackend::runsLoaded);
        m_backend->start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_backend->listRuns().size(), 5);
        const auto lists = m_argo->requestsTo(u"GET"_s, u"/api/v1/workflows/ml"_s);
        QCOMPARE(lists.size(), 3);
        QCOMPARE(lists.first().query.queryItemValue(u"listOptions.limit"_s), u"2"_s);
        QVERIFY(!lists.last().query.queryItemValue(u"listOptions.continue"_s).isEmpty());
    }

    void faultsEndInAClearMessage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expect");
        QTest::newRow("401 with Argo's error body") << int(Fault::Kind::Unauthorized) << u"token has expired"_s;
        QTest::newRow("403") << int(Fault::Kind::Forbidden) << u"token has expired"_s;
        QTest::newRow("500") << int(Fault::Kind::ServerError) << u"500"_s;
        QTest::newRow("login page instead of the API") << int(Fault::Kind::Html) << u"web page"_s;
        QTest::newRow("malformed JSON") << int(Fault::Kind::MalformedJson) << u"not valid JSON"_s;
        QTest::newRow("no answer within the timeout") << int(Fault::Kind::Hang) << u"time"_s;
        QTest::newRow("a huge answer") << int(Fault::Kind::Huge) << u"larger than 64 MiB"_s;
    }
    void faultsEndInAClearMessage()
    {
        QFETCH(int, kind);
        QFETCH(QString, expect);
        Fault f;
        f.kind = Fault::Kind(kind);
        f.pathContains = u"/api/v1/workflows/ml"_s;
        f.message = u"token has expired"_s;
        f.times = -1;
        m_argo->injectFault(f);
        QSignalSpy problem(m_backend.get(), &ArgoBackend::connectionStateChanged);
        m_backend->start();
        QVERIFY(problem.wait(15000));
        const QString reason = problem.first().first().value<ps::ConnectionState>().reason;
        QVERIFY2(reason.contains(expect, Qt::CaseInsensitive), qPrintable(reason));
        QCOMPARE(m_backend->connectionState().kind, ps::ConnectionState::Kind::Refused);
        // A submit meets the same fault: the run ends in Error with the reason; nothing hangs.
        const auto id = m_backend->submit(pstest::pipelineFromYaml(kPipeline), {});
        QVERIFY(id.ok());
        const auto s = waitSnapshot(id.value, [](const ps::RunSnapshot &x) { return x.phase == ps::RunPhase::Error; });
        QVERIFY(s);
        QVERIFY2(s->message.contains(expect, Qt::CaseInsensitive), qPrintable(s->message));
    }

    void refusedConnectionSaysWhere()
    {
        m_api = std::make_unique<ApiClient>(m_http.get(), QUrl(u"http://127.0.0.1:%1"_s.arg(pstest::TestHttpServer::closedPort())));
        ArgoBackend backend(m_api.get(), {});
        QSignalSpy problem(&backend, &ArgoBackend::connectionStateChanged);
        backend.start();
        QVERIFY(problem.wait(10000));
        const QString reason = problem.first().first().value<ps::ConnectionState>().reason;
        QVERIFY2(reason.contains(u"127.0.0.1"_s), qPrintable(reason));
    }
};

PS_TEST(ArgoBackendTest)
#include "tst_argobackend.moc"
