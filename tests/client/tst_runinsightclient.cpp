#include "enginetesting.h"
#include "fakerunbackend.h"
#include "logrecorder.h"
#include "logsearchsources.h"
#include "resourceadvisor.h"
#include "runcomparisonloader.h"
#include "testregistry.h"
#include "usagestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

UsageSummary usage(double peakCores, qint64 peakMemory)
{
    UsageSummary u;
    u.samples = 5;
    u.peakCpuCores = peakCores;
    u.peakMemoryBytes = peakMemory;
    u.cpuSeconds = peakCores * 5;
    u.wallMs = 5000;
    return u;
}

RunSnapshot finishedRun(const QString &id, const QString &pipeline, std::optional<UsageSummary> trainUsage,
                        RunPhase phase = RunPhase::Succeeded)
{
    RunSnapshot s = pstest::runSnapshot(id, pipeline, phase, QDateTime::currentDateTimeUtc());
    RunNode train;
    train.id = train.name = QStringLiteral("train");
    train.phase = TaskPhase::Succeeded;
    train.usage = trainUsage;
    s.nodes = {train};
    return s;
}

// A local pipeline with a parameter and a KFP v1 metrics output that names `accuracy` twice.
const QByteArray kMetricsPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: metrics-}
spec:
  entrypoint: main
  arguments: {parameters: [{name: lr, value: "0.1"}]}
  templates:
  - name: main
    dag:
      tasks:
      - {name: train, template: train, arguments: {parameters: [{name: lr, value: "{{workflow.parameters.lr}}"}]}}
  - name: train
    inputs: {parameters: [{name: lr}]}
    outputs: {artifacts: [{name: mlpipeline-metrics, path: /tmp/metrics.json}]}
    container:
      image: busybox
      command: [sh, -c, 'echo "training at {{inputs.parameters.lr}}"; printf "{\"metrics\": [{\"name\": \"accuracy\", \"numberValue\": %s}, {\"name\": \"accuracy\", \"numberValue\": 0.5}]}" {{inputs.parameters.lr}} > /tmp/metrics.json']
)";

// A task that keeps one core busy for about three seconds while asking for four cores.
const QByteArray kBusyPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: busy-}
spec:
  entrypoint: main
  arguments: {parameters: [{name: seconds, value: "3"}]}
  templates:
  - name: main
    dag:
      tasks:
      - {name: spin, template: spin, arguments: {parameters: [{name: seconds, value: "{{workflow.parameters.seconds}}"}]}}
  - name: spin
    inputs: {parameters: [{name: seconds}]}
    container:
      image: python:3.11
      command: [python3, -c, "import time\nend = time.time() + {{inputs.parameters.seconds}}\nwhile time.time() < end: pass"]
      resources: {requests: {cpu: "4", memory: 2Gi}, limits: {cpu: "8"}}
)";

} // namespace

// The client side of run insight: usage kept for cluster runs, advice from every backend's
// history, comparisons gathered through the backends, and the logs a search goes through.
class RunInsightClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void localEngineRecordsUsageAndWaiting()
    {
        pstest::Engine engine;
        const RunSnapshot run = engine.run(kBusyPipeline);
        QVERIFY2(run.phase == RunPhase::Succeeded, qPrintable(pstest::Engine::describe(run)));
        const RunNode *spin = run.node(QStringLiteral("spin"));
        QVERIFY(spin && spin->usage);
        const UsageSummary &u = *spin->usage;
        QVERIFY2(u.samples >= 2, qPrintable(QString::number(u.samples)));
        // One thread busy: never much more than one core, the peak at least the mean, and no
        // more CPU time than wall time (how much of a core it got depends on the machine's load).
        const double wallSeconds = double(u.wallMs) / 1000.0;
        const QString figures = QStringLiteral("peak %1 cores, %2 CPU-s in %3 s").arg(u.peakCpuCores).arg(u.cpuSeconds).arg(wallSeconds);
        QVERIFY2(u.peakCpuCores > 0 && u.peakCpuCores < 1.6, qPrintable(figures));
        QVERIFY2(u.cpuSeconds > 0.1 && u.cpuSeconds <= wallSeconds * 1.1, qPrintable(figures));
        QVERIFY2(u.peakCpuCores >= u.cpuSeconds / wallSeconds * 0.9, qPrintable(figures));
        QVERIFY(u.peakMemoryBytes > 1 << 20);
        QCOMPARE(u.wallMs, spin->startedAt.msecsTo(spin->finishedAt));
        QCOMPARE(*u.requests.cpuCores, 4.0);
        QCOMPARE(*u.requests.memoryBytes, qint64(2) << 30);
        QCOMPARE(*u.limits.cpuCores, 8.0);
        // It waited from when it was ready until it ran.
        QVERIFY(spin->pendingSince.isValid());
        QVERIFY(spin->pendingSince <= spin->startedAt);
        // The record on disk has it too.
        const std::optional<RunSnapshot> reread = engine.backend->snapshot(run.id);
        QVERIFY(reread && reread->node(QStringLiteral("spin"))->usage);
    }

    void twoRunsSuggestLessThanRequested()
    {
        pstest::Engine engine;
        RunRequest shorter;
        shorter.parameters.insert(QStringLiteral("seconds"), QStringLiteral("2"));
        const RunSnapshot first = engine.run(kBusyPipeline);
        const RunSnapshot second = engine.run(kBusyPipeline, shorter);
        QVERIFY(first.phase == RunPhase::Succeeded && second.phase == RunPhase::Succeeded);
        QTemporaryDir store;
        ResourceAdvisor advisor{UsageStore(store.path())};
        advisor.addBackend(engine.backend.get());
        const QList<ResourceSuggestion> s = advisor.suggestions(first.pipelineName);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].task, QStringLiteral("spin"));
        QCOMPARE(s[0].basedOnRuns, 2);
        QVERIFY2(*s[0].cpuRequest < 4.0, qPrintable(QString::number(*s[0].cpuRequest)));
        QVERIFY2(*s[0].memoryRequest < qint64(2) << 30, qPrintable(QString::number(*s[0].memoryRequest)));
    }

    void usageStoreKeepsWhatWasRead()
    {
        QTemporaryDir dir;
        const UsageStore store(dir.path());
        QVERIFY(store.load(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1")).isEmpty());
        QCOMPARE(store.save(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1"), {{QStringLiteral("a"), usage(1, 100)}}), QString());
        QCOMPARE(store.save(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1"), {{QStringLiteral("b/c"), usage(2, 200)}}), QString());
        const QHash<QString, UsageSummary> kept = store.load(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1"));
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.value(QStringLiteral("b/c")).peakCpuCores, 2.0);
        // Another backend's run of the same name is another run.
        QVERIFY(store.load(QStringLiteral("Kubeflow"), QStringLiteral("wf-1")).isEmpty());
        RunSnapshot run = finishedRun(QStringLiteral("wf-1"), QStringLiteral("p"), std::nullopt);
        RunNode a;
        a.id = QStringLiteral("a");
        a.usage = usage(9, 9); // its own record wins
        run.nodes.append(a);
        RunNode bc;
        bc.id = QStringLiteral("b/c");
        run.nodes.append(bc);
        QCOMPARE(store.fill(QStringLiteral("Argo (prod)"), run), 1);
        QCOMPARE(run.node(QStringLiteral("a"))->usage->peakCpuCores, 9.0);
        QCOMPARE(run.node(QStringLiteral("b/c"))->usage->peakMemoryBytes, qint64(200));
        store.remove(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1"));
        QVERIFY(store.load(QStringLiteral("Argo (prod)"), QStringLiteral("wf-1")).isEmpty());
    }

    void adviceComesFromEveryBackendsHistory()
    {
        QTemporaryDir dir;
        const UsageStore store(dir.path());
        pstest::FakeRunBackend local(QStringLiteral("Local"));
        pstest::FakeRunBackend argo(QStringLiteral("Argo"));
        local.put(finishedRun(QStringLiteral("l1"), QStringLiteral("p"), usage(1.0, qint64(100) << 20)));
        local.put(finishedRun(QStringLiteral("l2"), QStringLiteral("p"), usage(2.0, qint64(200) << 20)));
        local.put(finishedRun(QStringLiteral("other"), QStringLiteral("q"), usage(50, qint64(50) << 30)));
        local.put(finishedRun(QStringLiteral("running"), QStringLiteral("p"), usage(40, qint64(40) << 30), RunPhase::Running));
        // A cluster run whose usage was read from Prometheus earlier.
        argo.put(finishedRun(QStringLiteral("a1"), QStringLiteral("p"), std::nullopt));
        store.save(QStringLiteral("Argo"), QStringLiteral("a1"), {{QStringLiteral("train"), usage(3.0, qint64(300) << 20)}});
        ResourceAdvisor advisor(store);
        QSignalSpy changed(&advisor, &ResourceAdvisor::changed);
        advisor.addBackend(&local);
        advisor.addBackend(&argo);
        const QList<ResourceSuggestion> s = advisor.suggestions(QStringLiteral("p"));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].task, QStringLiteral("train"));
        QCOMPARE(s[0].basedOnRuns, 3);
        // p95 of 1, 2, 3 cores = 2.9; with 20 % headroom 3.48.
        QCOMPARE(*s[0].cpuRequest, 3.48);
        QVERIFY(advisor.suggestions(QStringLiteral("nothing")).isEmpty());
        // A run that finishes changes the advice.
        const qsizetype before = changed.size();
        local.put(finishedRun(QStringLiteral("running"), QStringLiteral("p"), usage(4, qint64(400) << 20)));
        QVERIFY(changed.size() > before);
        QCOMPARE(advisor.suggestions(QStringLiteral("p"))[0].basedOnRuns, 4);
    }

    void comparisonGathersParametersAndMetricsThroughTheBackend()
    {
        pstest::Engine engine;
        RunRequest slow;
        slow.parameters.insert(QStringLiteral("lr"), QStringLiteral("0.25"));
        const RunSnapshot first = engine.run(kMetricsPipeline);
        const RunSnapshot second = engine.run(kMetricsPipeline, slow);
        QVERIFY2(first.phase == RunPhase::Succeeded, qPrintable(pstest::Engine::describe(first)));
        QVERIFY2(second.phase == RunPhase::Succeeded, qPrintable(pstest::Engine::describe(second)));
        QTemporaryDir store;
        RunComparisonLoader loader{UsageStore(store.path())};
        QSignalSpy finished(&loader, &RunComparisonLoader::finished);
        loader.load({{engine.backend.get(), first.id}, {engine.backend.get(), second.id}, {engine.backend.get(), QStringLiteral("gone")}});
        QVERIFY(finished.wait(20000));
        const auto comparison = finished.first().at(0).value<RunComparison>();
        const QStringList errors = finished.first().at(1).toStringList();
        QCOMPARE(errors, QStringList{QStringLiteral("There is no run gone.")});
        QCOMPARE(comparison.runs, (QStringList{first.id, second.id}));
        QCOMPARE(comparison.parameters.size(), 1);
        QCOMPARE(comparison.parameters[0].name, QStringLiteral("lr"));
        QCOMPARE(comparison.parameters[0].values, (QStringList{QStringLiteral("0.1"), QStringLiteral("0.25")}));
        QVERIFY(comparison.parameters[0].differs);
        // accuracy twice in one artifact: two rows; the first differs between the runs.
        QCOMPARE(comparison.metrics.size(), 2);
        QCOMPARE(comparison.metrics[0].name, QStringLiteral("accuracy"));
        QCOMPARE(comparison.metrics[0].values, (QList<std::optional<double>>{0.1, 0.25}));
        QCOMPARE(comparison.metrics[1].occurrence, 2);
        QVERIFY(!comparison.metrics[1].differs);
        QCOMPARE(comparison.tasks[0].task, QStringLiteral("train"));
    }

    void searchSourcesAreEveryRecordedLog()
    {
        pstest::Engine engine;
        const RunSnapshot run = engine.run(kMetricsPipeline);
        QVERIFY(run.phase == RunPhase::Succeeded);
        // A cluster run whose log was recorded while someone looked at it.
        QTemporaryDir recordings;
        pstest::FakeRunBackend argo(QStringLiteral("Argo"));
        argo.put(finishedRun(QStringLiteral("wf-9"), QStringLiteral("p"), std::nullopt));
        const QString recorded = LogRecorder::recordingPath(recordings.path(), QStringLiteral("Argo"), QStringLiteral("wf-9"),
                                                            QStringLiteral("train"));
        QDir().mkpath(QFileInfo(recorded).absolutePath());
        QFile file(recorded);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-01-01T00:00:00.000Z\tstdout\ttraining at 0.7 on the cluster\n");
        file.close();
        const QList<LogSource> sources = LogSearchSources::of({engine.backend.get(), &argo}, recordings.path());
        QCOMPARE(sources.size(), 2);
        QTemporaryDir index;
        const CrossRunLogSearch::Result found =
            CrossRunLogSearch::search(sources, {QStringLiteral("training at [0-9.]+"), true, false}, index.path(), 10);
        QCOMPARE(found.hits.size(), 2);
        QSet<QString> runs;
        for (const LogHit &h : found.hits)
            runs.insert(h.run);
        QCOMPARE(runs, (QSet<QString>{run.id, QStringLiteral("wf-9")}));
    }
};

PS_TEST(RunInsightClientTest)
#include "tst_runinsightclient.moc"
