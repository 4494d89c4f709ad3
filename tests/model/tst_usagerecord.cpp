#include "resourceamounts.h"
#include "resourcequantity.h"
#include "runsnapshot.h"
#include "tasksettings.h"
#include "testregistry.h"
#include "usageaccumulator.h"
#include "usagefromseries.h"
#include "usagequeries.h"

#include <QTest>

#include <cmath>

using namespace ps;

namespace {

MetricSeries series(const QList<QPointF> &points)
{
    MetricSeries s;
    s.points = points;
    return s;
}

} // namespace

// The usage record: quantities, per-attempt summaries from samples and from Prometheus
// series, and their place in the run record.
class UsageRecordTest : public QObject
{
    Q_OBJECT

private slots:
    void quantitiesRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("millicores") << "500m" << 0.5 << true;
        QTest::newRow("cores") << "2" << 2.0 << true;
        QTest::newRow("decimal cores") << "1.5" << 1.5 << true;
        QTest::newRow("leading dot") << ".25" << 0.25 << true;
        QTest::newRow("mebibytes") << "512Mi" << 512.0 * 1024 * 1024 << true;
        QTest::newRow("gibibytes") << "2Gi" << 2.0 * 1024 * 1024 * 1024 << true;
        QTest::newRow("gigabytes") << "1G" << 1e9 << true;
        QTest::newRow("exponent") << "1e3" << 1000.0 << true;
        QTest::newRow("plain bytes") << "128974848" << 128974848.0 << true;
        QTest::newRow("empty") << "" << 0.0 << false;
        QTest::newRow("word") << "lots" << 0.0 << false;
        QTest::newRow("negative") << "-1" << 0.0 << false;
        QTest::newRow("unknown suffix") << "5Xi" << 0.0 << false;
    }
    void quantitiesRead()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, valid);
        const std::optional<double> parsed = ResourceQuantity::parse(text);
        QCOMPARE(bool(parsed), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void quantitiesWritten()
    {
        QCOMPARE(ResourceQuantity::cpuText(0.25), QStringLiteral("250m"));
        QCOMPARE(ResourceQuantity::cpuText(2.0), QStringLiteral("2"));
        QCOMPARE(ResourceQuantity::cpuText(0.0001), QStringLiteral("1m"));
        QCOMPARE(ResourceQuantity::cpuText(1.2345), QStringLiteral("1235m"));
        QCOMPARE(ResourceQuantity::memoryText(qint64(600) << 20), QStringLiteral("600Mi"));
        QCOMPARE(ResourceQuantity::memoryText((qint64(600) << 20) + 1), QStringLiteral("601Mi"));
        QCOMPARE(ResourceQuantity::memoryText(qint64(2) << 30), QStringLiteral("2Gi"));
        QCOMPARE(*ResourceQuantity::bytes(ResourceQuantity::memoryText(123456789)), qint64(118) << 20);
    }

    void requestsAndLimitsFromSettings()
    {
        Resources r;
        r.cpuRequest = QStringLiteral("250m");
        r.memoryRequest = QStringLiteral("1Gi");
        r.cpuLimit = QStringLiteral("1");
        r.gpuLimit = QStringLiteral("1");
        const ResourceAmounts requests = ResourceAmounts::requestsOf(r);
        QCOMPARE(*requests.cpuCores, 0.25);
        QCOMPARE(*requests.memoryBytes, qint64(1) << 30);
        QCOMPARE(*requests.gpus, 1.0);
        const ResourceAmounts limits = ResourceAmounts::limitsOf(r);
        QCOMPARE(*limits.cpuCores, 1.0);
        QVERIFY(!limits.memoryBytes); // unset stays unset, not 0
        QVERIFY(ResourceAmounts::limitsOf(Resources()).isEmpty());
    }

    void summaryFromSamples()
    {
        // Started at t=0; two cores busy for 3 s, then half a core for 2 s; memory rising.
        UsageAccumulator acc(0);
        const double counter[] = {2, 4, 6, 6.5, 7};
        const qint64 memory[] = {100, 300, 200, 250, 150};
        for (int i = 0; i < 5; ++i)
            acc.addSample((i + 1) * 1000, counter[i], memory[i] << 20);
        const UsageSummary u = acc.summary(5000);
        QCOMPARE(u.samples, 5);
        QCOMPARE(u.cpuSeconds, 7.0);
        QCOMPARE(u.peakCpuCores, 2.0);
        QCOMPARE(u.meanCpuCores, 7.0 / 5.0);
        QCOMPARE(u.peakMemoryBytes, qint64(300) << 20);
        QCOMPARE(u.meanMemoryBytes, qint64(200) << 20);
        QCOMPARE(u.wallMs, qint64(5000));
        QVERIFY(!u.peakGpuUtilisation);
    }

    void summaryFromSamplesHoldsTheCounterAndIgnoresBlips()
    {
        UsageAccumulator acc; // the counter did not start at zero: only what was seen counts
        acc.addSample(10'000, 100, 10);
        acc.addSample(10'100, 100.5, 10); // 100 ms: too short to be a rate of 5 cores
        acc.addSample(11'000, 101, 10);
        acc.addSample(12'000, 90, 10);    // a process left: the counter is held, not lowered
        acc.addSample(13'000, 102, 10);
        const UsageSummary u = acc.summary();
        QCOMPARE(u.cpuSeconds, 2.0);
        QCOMPARE(u.wallMs, qint64(3000));
        QCOMPARE(u.peakCpuCores, 1.0);
    }

    void summaryOfOneSampleUsesTheMean()
    {
        UsageAccumulator acc(1000);
        acc.addSample(1300, 0.3, 5 << 20); // a short task: one sample, 300 ms after its start
        const UsageSummary u = acc.summary(400);
        QCOMPARE(u.cpuSeconds, 0.3);
        QCOMPARE(u.peakCpuCores, 0.75);
        QCOMPARE(u.peakMemoryBytes, qint64(5) << 20);
    }

    void summaryWithGpu()
    {
        UsageAccumulator acc(0);
        acc.addSample(1000, 1, 1);
        acc.addGpuSample(40, 1000);
        acc.addGpuSample(80, 3000);
        const UsageSummary u = acc.summary(1000);
        QCOMPARE(*u.peakGpuUtilisation, 80.0);
        QCOMPARE(*u.meanGpuUtilisation, 60.0);
        QCOMPARE(*u.peakGpuMemoryBytes, qint64(3000));
    }

    void summaryFromPrometheusSeries()
    {
        const QList<ResourceQuery> queries{
            {ResourceKind::Cpu, QStringLiteral("cpu"), MetricUnit::Cores, QStringLiteral("pod")},
            {ResourceKind::Memory, QStringLiteral("mem"), MetricUnit::Bytes, QStringLiteral("pod")},
            {ResourceKind::GpuUtilisation, QStringLiteral("gpu"), MetricUnit::Percent, QStringLiteral("pod")},
            {ResourceKind::Cpu, QStringLiteral("req"), MetricUnit::Cores, QStringLiteral("pod"), ResourceQuery::Role::Request},
            {ResourceKind::Memory, QStringLiteral("lim"), MetricUnit::Bytes, QStringLiteral("pod"), ResourceQuery::Role::Limit},
        };
        const double nan = std::nan("");
        const QList<QList<MetricSeries>> answers{
            // Two containers of the pod add up per time; a NaN sample is no sample.
            {series({{0, 1}, {15, 2}, {30, 1.5}, {45, nan}}), series({{0, 0.5}, {15, 0.5}, {30, 0.5}})},
            {series({{0, 1e9}, {15, 3e9}, {30, 2e9}})},
            {},
            {series({{0, 4}, {30, 4}})},
            {series({{0, 8e9}})},
        };
        const std::optional<UsageSummary> u = UsageFromSeries::summarize(queries, answers, 40'000);
        QVERIFY(u);
        QVERIFY(u->source == UsageSummary::Source::Prometheus);
        QCOMPARE(u->peakCpuCores, 2.5);
        QCOMPARE(u->meanCpuCores, 2.0);
        QCOMPARE(u->cpuSeconds, 80.0);
        QCOMPARE(u->peakMemoryBytes, qint64(3e9));
        QCOMPARE(u->meanMemoryBytes, qint64(2e9));
        QVERIFY(!u->peakGpuUtilisation); // no DCGM: unknown, not 0
        QCOMPARE(*u->requests.cpuCores, 4.0);
        QCOMPARE(*u->limits.memoryBytes, qint64(8e9));
        QVERIFY(!u->requests.memoryBytes);
        QVERIFY(!UsageFromSeries::summarize(queries, {{}, {}, {}, {series({{0, 4}})}, {}}, 1000));
    }

    void summaryFromACounterOnAStepGrid()
    {
        // Scraped every 5 s, asked every second: each value repeats until the next scrape.
        // Two cores for 10 s, then half a core for 5 s, from a start at t = 100 s.
        QList<QPointF> points;
        const double scraped[] = {0, 10, 20, 22.5};
        for (int t = 100; t < 120; ++t)
            points.append({double(t), scraped[(t - 100) / 5]});
        const QList<ResourceQuery> queries{
            {ResourceKind::Cpu, QStringLiteral("counter"), MetricUnit::Cores, QStringLiteral("pod"), ResourceQuery::Role::Total}};
        const std::optional<UsageSummary> u = UsageFromSeries::summarize(queries, {{series(points)}}, 20'000, 100'000);
        QVERIFY(u);
        QCOMPARE(u->cpuSeconds, 22.5);
        QCOMPARE(u->peakCpuCores, 2.0);   // not 10: a scrape's increase is spread over its interval
        QCOMPARE(u->meanCpuCores, 22.5 / 20);
        QCOMPARE(u->samples, 4);
    }

    void usageQueriesAskForCountersPerTask()
    {
        const QList<ResourceQuery> local = UsageQueries::build(QStringLiteral(R"({run="r-1"})"), std::chrono::seconds(2));
        QCOMPARE(local.size(), 2);
        QCOMPARE(local[0].expression, QStringLiteral(R"(sum by (task) (pstudio_task_cpu_seconds_total{run="r-1"}))"));
        QCOMPARE(local[0].role, ResourceQuery::Role::Total);
        QCOMPARE(local[1].expression, QStringLiteral(R"(sum by (task) (max_over_time(pstudio_task_memory_bytes{run="r-1"}[2s]) > 0))"));
        const QList<ResourceQuery> pods = UsageQueries::build(QStringLiteral(R"(namespace="ml",pod=~"wf-.*")"), std::chrono::seconds(15));
        QCOMPARE(pods[0].seriesLabel, QStringLiteral("pod"));
        QVERIFY(pods[0].expression.startsWith(QStringLiteral("sum by (pod) (container_cpu_usage_seconds_total{")));
        QVERIFY(pods[1].expression.contains(QStringLiteral("max_over_time(container_memory_working_set_bytes{")));
        QVERIFY(pods[1].expression.contains(QStringLiteral("[15s]")));
        int declared = 0;
        for (const ResourceQuery &q : pods)
            declared += q.role == ResourceQuery::Role::Request || q.role == ResourceQuery::Role::Limit ? 1 : 0;
        QCOMPARE(declared, 4);
    }

    void recordKeepsUsageAndPendingTime()
    {
        RunSnapshot s;
        s.id = QStringLiteral("r-1");
        RunNode n;
        n.id = n.name = QStringLiteral("train");
        n.phase = TaskPhase::Succeeded;
        n.pendingSince = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:00.000Z"), Qt::ISODateWithMs);
        n.startedAt = n.pendingSince.addSecs(7);
        n.finishedAt = n.startedAt.addSecs(60);
        UsageAccumulator acc(0);
        acc.addSample(30'000, 30, 700 << 20);
        acc.addSample(60'000, 45, 900 << 20);
        acc.addGpuSample(55, 1 << 30);
        n.usage = acc.summary(60'000);
        n.usage->requests.cpuCores = 4;
        n.usage->requests.memoryBytes = qint64(8) << 30;
        n.usage->limits.cpuCores = 8;
        s.nodes.append(n);
        RunNode plain;
        plain.id = plain.name = QStringLiteral("skipped");
        plain.phase = TaskPhase::Skipped;
        s.nodes.append(plain);
        const QJsonObject json = s.toJson();
        const QJsonObject usage = json.value(QStringLiteral("nodes")).toArray().at(0).toObject().value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("cpuSeconds")).toDouble(), 45.0);
        QCOMPARE(usage.value(QStringLiteral("requests")).toObject().value(QStringLiteral("cpu")).toDouble(), 4.0);
        QVERIFY(!json.value(QStringLiteral("nodes")).toArray().at(1).toObject().contains(QStringLiteral("usage")));
        const std::optional<RunSnapshot> back = RunSnapshot::fromJson(json);
        QVERIFY(back);
        QVERIFY(*back == s);
        QCOMPARE(back->nodes[0].pendingSince, n.pendingSince);
        QCOMPARE(back->nodes[0].usage->peakMemoryBytes, qint64(900) << 20);
        QVERIFY(!back->nodes[1].usage);
    }
};

PS_TEST(UsageRecordTest)
#include "tst_usagerecord.moc"
