#include "builders.h"
#include "costestimate.h"
#include "pipelinediff.h"
#include "rightsizer.h"
#include "runcomparison.h"
#include "taskpath.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTest>

using namespace ps;

namespace {

const QDateTime kT0 = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);

RunNode node(const QString &id, const QString &name, RunNode::Kind kind = RunNode::Kind::Task, const QString &parent = {})
{
    RunNode n;
    n.id = id;
    n.name = name;
    n.kind = kind;
    n.parentId = parent;
    n.phase = TaskPhase::Succeeded;
    return n;
}

UsageSummary usage(double peakCores, qint64 peakMemory, double cpuSeconds = 10, qint64 wallMs = 10'000)
{
    UsageSummary u;
    u.samples = 10;
    u.peakCpuCores = peakCores;
    u.peakMemoryBytes = peakMemory;
    u.meanMemoryBytes = peakMemory / 2;
    u.cpuSeconds = cpuSeconds;
    u.wallMs = wallMs;
    return u;
}

// A run of "train" (peaks as given) and a loop "score" with two iterations.
RunSnapshot runWith(const QString &id, double trainCores, qint64 trainMemory, double scoreCores = 0.5)
{
    RunSnapshot s;
    s.id = id;
    s.pipelineName = QStringLiteral("p");
    RunNode train = node(QStringLiteral("train"), QStringLiteral("train"));
    train.usage = usage(trainCores, trainMemory);
    RunNode loop = node(QStringLiteral("score"), QStringLiteral("score"), RunNode::Kind::Loop);
    RunNode i0 = node(QStringLiteral("score(0)"), QStringLiteral("score"), RunNode::Kind::Iteration, QStringLiteral("score"));
    i0.usage = usage(scoreCores, 100 << 20);
    RunNode i1 = node(QStringLiteral("score(1)"), QStringLiteral("score"), RunNode::Kind::Iteration, QStringLiteral("score"));
    i1.usage = usage(scoreCores * 2, 50 << 20);
    s.nodes = {train, loop, i0, i1};
    return s;
}

} // namespace

// Right-sizing from histories, cost, the structural diff of two pipelines and the comparison
// of runs: all on hand-made records, so every expected number is worked out here.
class RunInsightTest : public QObject
{
    Q_OBJECT

private slots:
    void taskPathsIgnoreIterationsAndAttempts()
    {
        RunSnapshot s;
        s.nodes = {node(QStringLiteral("outer"), QStringLiteral("outer"), RunNode::Kind::Loop),
                   node(QStringLiteral("outer(0)"), QStringLiteral("outer"), RunNode::Kind::Graph, QStringLiteral("outer")),
                   node(QStringLiteral("outer(0)/fit"), QStringLiteral("fit"), RunNode::Kind::Task, QStringLiteral("outer(0)")),
                   node(QStringLiteral("outer(0)/fit#1"), QStringLiteral("fit"), RunNode::Kind::Attempt, QStringLiteral("outer(0)/fit"))};
        const QHash<QString, QString> paths = TaskPath::ofAll(s);
        QCOMPARE(paths.value(QStringLiteral("outer(0)/fit#1")), QStringLiteral("outer/fit"));
        QCOMPARE(paths.value(QStringLiteral("outer(0)")), QStringLiteral("outer"));
        QCOMPARE(TaskPath::of(s, s.nodes[3]), QStringLiteral("outer/fit"));
    }

    void percentileInterpolates()
    {
        QCOMPARE(RightSizer::percentile({1, 2, 3, 4, 5}, 0.5), 3.0);
        QCOMPARE(RightSizer::percentile({5, 1, 3}, 1.0), 5.0);
        QCOMPARE(RightSizer::percentile({10, 20}, 0.95), 19.5);
        QCOMPARE(RightSizer::percentile({}, 0.95), 0.0);
    }

    void rightSizingFromAHistory()
    {
        // Twenty runs: train peaks at 1.0 … 1.95 cores and 1000 … 1950 MiB.
        QList<RunSnapshot> history;
        for (int i = 0; i < 20; ++i)
            history.append(runWith(QStringLiteral("r%1").arg(i), 1.0 + i * 0.05, qint64(1000 + i * 50) << 20));
        RunSnapshot noUsage;
        noUsage.id = QStringLiteral("unmeasured");
        noUsage.nodes = {node(QStringLiteral("train"), QStringLiteral("train"))};
        history.append(noUsage);
        const QList<ResourceSuggestion> s = RightSizer::suggest(history);
        QCOMPARE(s.size(), 2);
        const ResourceSuggestion &train = s[1];
        QCOMPARE(train.task, QStringLiteral("train"));
        QCOMPARE(train.basedOnRuns, 20);
        // p95 of 1.00…1.95 = 1.9025; × 1.2 = 2.283 → 2283m. Limit: 1.95 × 1.5 = 2.925.
        QCOMPARE(*train.cpuRequest, 2.283);
        QCOMPARE(*train.cpuLimit, 2.925);
        // p95 of 1000…1950 MiB = 1902.5 MiB; × 1.2 = 2283 MiB. Limit: 1950 × 1.5 = 2925 MiB.
        QCOMPARE(*train.memoryRequest, qint64(2283) << 20);
        QCOMPARE(*train.memoryLimit, qint64(2925) << 20);
        // A loop's iterations make one peak per run: the higher one (1.0 cores, 100 MiB).
        const ResourceSuggestion &score = s[0];
        QCOMPARE(score.task, QStringLiteral("score"));
        QCOMPARE(score.basedOnRuns, 20);
        QCOMPARE(*score.cpuRequest, 1.2);
        QCOMPARE(*score.memoryRequest, qint64(120) << 20);
        const QJsonObject json = train.toJson();
        QCOMPARE(json.value(QStringLiteral("cpuRequest")).toDouble(), 2.283);
        QCOMPARE(json.value(QStringLiteral("basedOnRuns")).toInt(), 20);
    }

    void rightSizingHasFloorsAndWritesQuantities()
    {
        const QList<ResourceSuggestion> s = RightSizer::suggest({runWith(QStringLiteral("idle"), 0.0001, 1 << 20)});
        QCOMPARE(*s[1].cpuRequest, 0.01);          // at least 10m
        QCOMPARE(*s[1].memoryRequest, qint64(16) << 20); // at least 16 MiB
        QVERIFY(*s[1].cpuLimit >= *s[1].cpuRequest);
        Resources before;
        before.cpuRequest = QStringLiteral("4");
        before.gpuLimit = QStringLiteral("1");
        const Resources after = RightSizer::applied(before, s[1]);
        QCOMPARE(after.cpuRequest, QStringLiteral("10m"));
        QCOMPARE(after.memoryRequest, QStringLiteral("16Mi"));
        QCOMPARE(after.gpuLimit, QStringLiteral("1"));   // what it does not suggest stays
    }

    void costFromRequestsAndFromUsage()
    {
        Prices prices;
        prices.cpuHour = 0.04;
        prices.gibHour = 0.005;
        prices.gpuHour = 2.0;
        prices.currency = QStringLiteral("EUR");
        UsageSummary u = usage(1.0, qint64(2) << 30, 1800, 3'600'000); // an hour, half a core on average
        u.meanMemoryBytes = qint64(1) << 30;
        u.requests.cpuCores = 4;
        u.requests.memoryBytes = qint64(8) << 30;
        u.limits.gpus = 1;
        u.meanGpuUtilisation = 25;
        const CostEstimate c = CostEstimate::ofUsage(u, prices);
        // Requests: 4 × 0.04 + 8 × 0.005 + 1 × 2 = 2.2. Usage: 0.5 × 0.04 + 1 × 0.005 + 0.25 × 2 = 0.525.
        QCOMPARE(*c.fromRequests, 2.2);
        QCOMPARE(*c.fromUsage, 0.525);
        QCOMPARE(CostEstimate::text(c.fromUsage, prices), QStringLiteral("0.53 EUR"));
        QCOMPARE(CostEstimate::text(std::nullopt, prices), QStringLiteral("—"));
        // No prices: no cost. Nothing requested: no cost from requests.
        QVERIFY(!CostEstimate::ofUsage(u, Prices()).fromRequests);
        QVERIFY(!CostEstimate::ofUsage(u, Prices()).fromUsage);
        UsageSummary unrequested = usage(1, 1 << 30);
        QVERIFY(!CostEstimate::ofUsage(unrequested, prices).fromRequests);
        QVERIFY(CostEstimate::ofUsage(unrequested, prices).fromUsage);
        // A run: the sum over its measured nodes.
        RunSnapshot run = runWith(QStringLiteral("r"), 1, 1 << 30);
        const CostEstimate total = CostEstimate::ofRun(run, prices);
        QVERIFY(total.fromUsage);
        // Three measured nodes of 10 CPU-seconds in 10 s, mean memory 512, 50 and 25 MiB.
        const double hours = 10.0 / 3600.0;
        QCOMPARE(*total.fromUsage, 3 * hours * 0.04 + (0.5 + 50.0 / 1024 + 25.0 / 1024) * hours * 0.005);
    }

    void structuralDiff()
    {
        Pipeline before = pstest::chainOfThree();
        Pipeline after = before;
        Task *b = after.root.task(pstest::idOf(after, QStringLiteral("b")));
        b->settings.resources.cpuRequest = QStringLiteral("2");
        b->position = QPointF(500, 500);                    // moving is no change
        after.root.takeTask(pstest::idOf(after, QStringLiteral("c")));
        Task d = pstest::task(QStringLiteral("d"));
        d.inputs.insert(QStringLiteral("in"), Binding::taskOutput(pstest::idOf(after, QStringLiteral("a")), QStringLiteral("out")));
        after.root.addTask(d);
        after.components[QStringLiteral("step")].implementation.image = QStringLiteral("alpine");
        after.parameters[0].defaultValue = QStringLiteral("hi");
        after.parameters.append(pstest::port(QStringLiteral("seed"), pstest::integer()));

        const PipelineDiff diff = PipelineDiff::between(before, after);
        using Kind = PipelineDiff::Change::Kind;
        QCOMPARE(diff.tasks.size(), 4);
        QCOMPARE(diff.tasks[0], (PipelineDiff::Change{Kind::Changed, QStringLiteral("a"), {QStringLiteral("image")}}));
        QCOMPARE(diff.tasks[1], (PipelineDiff::Change{Kind::Changed, QStringLiteral("b"), {QStringLiteral("image"), QStringLiteral("resources")}}));
        QCOMPARE(diff.tasks[2], (PipelineDiff::Change{Kind::Removed, QStringLiteral("c"), {}}));
        QCOMPARE(diff.tasks[3], (PipelineDiff::Change{Kind::Added, QStringLiteral("d"), {}}));
        QCOMPARE(diff.parameters.size(), 2);
        QCOMPARE(diff.parameters[0].fields, QStringList{QStringLiteral("default")});
        QVERIFY(diff.parameters[1].kind == Kind::Added);
        QVERIFY(diff.describe().contains(QStringLiteral("task b changed: image, resources")));
        QCOMPARE(diff.toJson().value(QStringLiteral("tasks")).toArray().size(), 4);
        QVERIFY(PipelineDiff::between(before, before).isEmpty());
    }

    void structuralDiffSeesInputsRewiredByName()
    {
        Pipeline before = pstest::chainOfThree();
        Pipeline after = before;
        // c now reads a's output instead of b's: the ids differ, the names say it.
        after.root.task(pstest::idOf(after, QStringLiteral("c")))->inputs[QStringLiteral("in")] =
            Binding::taskOutput(pstest::idOf(after, QStringLiteral("a")), QStringLiteral("out"));
        const PipelineDiff diff = PipelineDiff::between(before, after);
        QCOMPARE(diff.tasks.size(), 1);
        QCOMPARE(diff.tasks[0].task, QStringLiteral("c"));
        QCOMPARE(diff.tasks[0].fields, QStringList{QStringLiteral("inputs")});
    }

    void comparisonOfRuns()
    {
        RunComparison::Input first{runWith(QStringLiteral("r1"), 1, 1 << 30), pstest::chainOfThree(), {}};
        first.run.parameters = {{QStringLiteral("lr"), QStringLiteral("0.1")}, {QStringLiteral("seed"), QStringLiteral("1")}};
        first.run.nodes[0].startedAt = kT0;
        first.run.nodes[0].finishedAt = kT0.addMSecs(1500);
        first.metrics = {{QStringLiteral("score"), QStringLiteral("metrics"), QStringLiteral("accuracy"), 0.9},
                         {QStringLiteral("score"), QStringLiteral("metrics"), QStringLiteral("accuracy"), 0.8},
                         {QStringLiteral("train"), QStringLiteral("metrics"), QStringLiteral("accuracy"), 0.7}};
        RunComparison::Input second{runWith(QStringLiteral("r2"), 2, 1 << 30), pstest::chainOfThree(), {}};
        second.run.parameters = {{QStringLiteral("lr"), QStringLiteral("0.2")}, {QStringLiteral("seed"), QStringLiteral("1")}};
        second.run.nodes[0].phase = TaskPhase::Failed;
        second.run.nodes.append(node(QStringLiteral("extra"), QStringLiteral("extra")));
        second.metrics = {{QStringLiteral("score"), QStringLiteral("metrics"), QStringLiteral("accuracy"), 0.9}};
        second.pipeline->root.task(pstest::idOf(*second.pipeline, QStringLiteral("a")))->settings.retry.limit = 2;

        const RunComparison c = RunComparison::of({first, second});
        QCOMPARE(c.runs, (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
        QCOMPARE(c.parameters.size(), 2);
        QCOMPARE(c.parameters[0].name, QStringLiteral("lr"));
        QCOMPARE(c.parameters[0].values, (QStringList{QStringLiteral("0.1"), QStringLiteral("0.2")}));
        QVERIFY(c.parameters[0].differs);
        QVERIFY(!c.parameters[1].differs);
        // Tasks: train, score, then extra only the second run has.
        QCOMPARE(c.tasks.size(), 3);
        QCOMPARE(c.tasks[0].task, QStringLiteral("train"));
        QVERIFY(*c.tasks[0].phases[1] == TaskPhase::Failed);
        QCOMPARE(c.tasks[0].durationsMs, (QList<qint64>{1500, -1}));
        QCOMPARE(c.tasks[1].usage[0]->cpuSeconds, 20.0);     // two iterations together
        QCOMPARE(c.tasks[1].usage[0]->peakCpuCores, 1.0);
        QCOMPARE(c.tasks[2].task, QStringLiteral("extra"));
        QVERIFY(!c.tasks[2].phases[0]);
        // The same metric twice in one artifact: two rows, never merged.
        QCOMPARE(c.metrics.size(), 3);
        QCOMPARE(c.metrics[0].occurrence, 1);
        QCOMPARE(c.metrics[0].values, (QList<std::optional<double>>{0.9, 0.9}));
        QVERIFY(!c.metrics[0].differs);
        QCOMPARE(c.metrics[1].occurrence, 2);
        QCOMPARE(c.metrics[1].values, (QList<std::optional<double>>{0.8, std::nullopt}));
        QVERIFY(c.metrics[1].differs);
        QCOMPARE(c.metrics[2].task, QStringLiteral("train"));
        // Structure: the second run's pipeline retries a.
        QVERIFY(c.structure[0].isEmpty());
        QCOMPARE(c.structure[1].tasks.size(), 1);
        QCOMPARE(c.structure[1].tasks[0].fields, QStringList{QStringLiteral("retries")});
        // The command line's shape.
        const QJsonObject json = c.toJson();
        const QJsonObject lr = json.value(QStringLiteral("parameters")).toArray().at(0).toObject();
        QCOMPARE(lr.value(QStringLiteral("values")).toArray().at(1).toString(), QStringLiteral("0.2"));
        const QJsonObject train = json.value(QStringLiteral("tasks")).toArray().at(0).toObject();
        QCOMPARE(train.value(QStringLiteral("phases")).toArray().at(1).toString(), QStringLiteral("Failed"));
        QCOMPARE(train.value(QStringLiteral("durationsMs")).toArray().at(0).toDouble(), 1500.0);
        QVERIFY(train.value(QStringLiteral("durationsMs")).toArray().at(1).isNull());
        QCOMPARE(json.value(QStringLiteral("metrics")).toArray().size(), 3);
    }

    void metricsArtifactsReadBothForms()
    {
        const QList<MetricsArtifact::Metric> v1 = MetricsArtifact::parse(
            R"({"metrics": [{"name": "accuracy", "numberValue": 0.9, "format": "PERCENTAGE"}, {"name": "accuracy", "numberValue": 0.8}]})");
        QCOMPARE(v1.size(), 2);
        QCOMPARE(v1[1].value, 0.8);
        const QList<MetricsArtifact::Metric> flat = MetricsArtifact::parse(R"({"mse": 12.5, "note": "text is no metric"})");
        QCOMPARE(flat.size(), 1);
        QCOMPARE(flat[0].name, QStringLiteral("mse"));
        QVERIFY(MetricsArtifact::parse("not json").isEmpty());
        QVERIFY(MetricsArtifact::looksLikeMetrics(QStringLiteral("system.Metrics"), QStringLiteral("out")));
        QVERIFY(MetricsArtifact::looksLikeMetrics({}, QStringLiteral("mlpipeline-metrics")));
        QVERIFY(!MetricsArtifact::looksLikeMetrics(QStringLiteral("system.Model"), QStringLiteral("model")));
    }
};

PS_TEST(RunInsightTest)
#include "tst_runinsight.moc"
