#include "axisticks.h"
#include "labelmatchers.h"
#include "metricstimerange.h"
#include "metricunit.h"
#include "resourcequeries.h"
#include "seriesstore.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;
using namespace std::chrono_literals;

// Units, axes, the resources panel's PromQL and its series store.
class MetricsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << 512.0 << int(MetricUnit::Bytes) << QStringLiteral("512 B");
        QTest::newRow("kibibytes") << 1536.0 << int(MetricUnit::Bytes) << QStringLiteral("1.5 KiB");
        QTest::newRow("mebibytes") << 80.0 * 1024 * 1024 << int(MetricUnit::Bytes) << QStringLiteral("80 MiB");
        QTest::newRow("gibibytes") << 2.25 * 1024 * 1024 * 1024 << int(MetricUnit::Bytes) << QStringLiteral("2.25 GiB");
        QTest::newRow("cores") << 0.25 << int(MetricUnit::Cores) << QStringLiteral("0.25 cores");
        QTest::newRow("cores rounded") << 1.23456 << int(MetricUnit::Cores) << QStringLiteral("1.23 cores");
        QTest::newRow("percent") << 42.0 << int(MetricUnit::Percent) << QStringLiteral("42 %");
        QTest::newRow("zero") << 0.0 << int(MetricUnit::Number) << QStringLiteral("0");
        QTest::newRow("nan") << qQNaN() << int(MetricUnit::Bytes) << QStringLiteral("NaN");
    }
    void format()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(MetricFormat::format(value, MetricUnit(unit)), text);
    }

    void byteTicksAreIecRound()
    {
        const auto ticks = AxisTicks::values(0, 3.0 * 1024 * 1024 * 1024, 4, MetricUnit::Bytes);
        QCOMPARE(ticks, (QList<double>{0, 1024.0 * 1024 * 1024, 2048.0 * 1024 * 1024, 3072.0 * 1024 * 1024}));
        QCOMPARE(AxisTicks::niceCeiling(700.0 * 1024 * 1024, MetricUnit::Bytes), 768.0 * 1024 * 1024);
    }

    void valueTicksAreOneTwoFive()
    {
        QCOMPARE(AxisTicks::values(0, 1, 4, MetricUnit::Cores), (QList<double>{0, 0.5, 1}));
        QCOMPARE(AxisTicks::values(0, 100, 5, MetricUnit::Percent), (QList<double>{0, 20, 40, 60, 80, 100}));
        QCOMPARE(AxisTicks::niceCeiling(1.3, MetricUnit::Cores), 1.5);
        QVERIFY(AxisTicks::values(1, 1, 4, MetricUnit::Cores).isEmpty());
    }

    void timeTicksFallOnRoundTimes()
    {
        const double start = 1700000007;
        const auto ticks = AxisTicks::times(start, start + 300, 6);
        QVERIFY(!ticks.isEmpty() && ticks.size() <= 7);
        for (double t : ticks)
            QCOMPARE(std::fmod(t, 60.0), 0.0);
    }

    void matchersParseAndRender()
    {
        const LabelMatchers m = LabelMatchers::parse(QStringLiteral("{run=\"r-1\", task=~\"train\\\"(3)\"}"));
        QVERIFY(m.isValid());
        QCOMPARE(m.matchers().size(), 2);
        QCOMPARE(m.value(QStringLiteral("task")), QStringLiteral("train\\\"(3)"));
        QCOMPARE(m.renamed(QStringLiteral("run"), QStringLiteral("r")).toString(),
                 QStringLiteral("{r=\"r-1\",task=~\"train\\\"(3)\"}"));
        QVERIFY(!LabelMatchers::parse(QStringLiteral("{run=r}")).isValid());
        QCOMPARE(LabelMatchers::parse(QString()).toString(), QStringLiteral("{}"));
    }

    void localEngineQueries()
    {
        const auto queries = ResourceQueries::build(QStringLiteral("{run=\"r-1\",task=\"burn(0)\"}"), 5s);
        QCOMPARE(ResourceQueries::sourceOf(QStringLiteral("{run=\"r-1\"}")), ResourceQueries::Source::LocalEngine);
        QCOMPARE(queries.size(), 2); // the local engine has no GPU metrics
        QCOMPARE(queries[0].kind, ResourceKind::Cpu);
        QCOMPARE(queries[0].expression,
                 QStringLiteral("sum by (task) (rate(pstudio_task_cpu_seconds_total{run=\"r-1\",task=\"burn(0)\"}[5s]))"));
        QCOMPARE(queries[0].unit, MetricUnit::Cores);
        QCOMPARE(queries[0].seriesLabel, QStringLiteral("task"));
        QCOMPARE(queries[1].kind, ResourceKind::Memory);
        QVERIFY(queries[1].expression.contains(QStringLiteral("pstudio_task_memory_bytes{run=\"r-1\",task=\"burn(0)\"}")));
        QCOMPARE(queries[1].unit, MetricUnit::Bytes);
    }

    void kubernetesQueries()
    {
        const QString pod = QStringLiteral("{namespace=\"ml\",pod=~\"wf-.*\"}");
        QCOMPARE(ResourceQueries::sourceOf(pod), ResourceQueries::Source::Kubernetes);
        const auto queries = ResourceQueries::build(pod, 60s);
        QCOMPARE(queries.size(), 8);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(queries[i].role, ResourceQuery::Role::Usage);
        QCOMPARE(queries[0].expression,
                 QStringLiteral("sum by (pod) (rate(container_cpu_usage_seconds_total{namespace=\"ml\",pod=~\"wf-.*\",container!=\"\",container!=\"POD\"}[60s]))"));
        QVERIFY(queries[1].expression.startsWith(QStringLiteral("sum by (pod) (container_memory_working_set_bytes{")));
        QCOMPARE(queries[2].kind, ResourceKind::GpuUtilisation);
        QCOMPARE(queries[2].unit, MetricUnit::Percent);
        QVERIFY(queries[2].expression.contains(QStringLiteral("DCGM_FI_DEV_GPU_UTIL{namespace=\"ml\",pod=~\"wf-.*\"}")));
        QVERIFY(queries[2].expression.contains(
            QStringLiteral("DCGM_FI_DEV_GPU_UTIL{exported_namespace=\"ml\",exported_pod=~\"wf-.*\"}")));
        QCOMPARE(queries[3].kind, ResourceKind::GpuMemory);
        QCOMPARE(queries[3].unit, MetricUnit::Bytes);
        QVERIFY(queries[3].expression.contains(QStringLiteral("DCGM_FI_DEV_FB_USED")));
        QVERIFY(queries[3].expression.contains(QStringLiteral("* 1048576")));
        // kube-state-metrics: requests and limits of the same pods, for the CPU and memory charts.
        QCOMPARE(queries[4].kind, ResourceKind::Cpu);
        QCOMPARE(queries[4].role, ResourceQuery::Role::Request);
        QCOMPARE(queries[4].expression,
                 QStringLiteral("sum by (pod) (kube_pod_container_resource_requests{namespace=\"ml\",pod=~\"wf-.*\",resource=\"cpu\"})"));
        QCOMPARE(queries[5].role, ResourceQuery::Role::Limit);
        QCOMPARE(queries[5].unit, MetricUnit::Cores);
        QVERIFY(queries[5].expression.startsWith(QStringLiteral("sum by (pod) (kube_pod_container_resource_limits{")));
        QCOMPARE(queries[6].kind, ResourceKind::Memory);
        QCOMPARE(queries[6].unit, MetricUnit::Bytes);
        QVERIFY(queries[6].expression.contains(QStringLiteral("resource=\"memory\"")));
        QCOMPARE(queries[7].role, ResourceQuery::Role::Limit);
        // The local engine's pods have neither.
        for (const ResourceQuery &q : ResourceQueries::build(QStringLiteral("{run=\"r1\"}"), 5s))
            QCOMPARE(q.role, ResourceQuery::Role::Usage);
    }

    void runSpanIsLiveWhileRunning()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000);
        MetricsTimeRange range;
        range.setSpan(now.addSecs(-60), {});
        QVERIFY(range.isLive());
        QCOMPARE(range.start(now), now.addSecs(-65));
        QCOMPARE(range.end(now), now);
        range.setSpan(now.addSecs(-60), now.addSecs(-30));
        QVERIFY(!range.isLive());
        QCOMPARE(range.end(now), now.addSecs(-25));
        range.setPreset(MetricsTimeRange::Preset::Last15m);
        QVERIFY(range.isLive());
        QCOMPARE(range.start(now), now.addSecs(-900));
        range.setPreset(MetricsTimeRange::Preset::Custom);
        range.setCustom(now.addSecs(-7200), now.addSecs(-3600));
        QVERIFY(!range.isLive());
        QCOMPARE(range.end(now), now.addSecs(-3600));
    }

    void stepRespectsPixelsAndPrometheusLimit()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000);
        QCOMPARE(MetricsTimeRange::step(now.addSecs(-60), now, 800), 1s);
        QCOMPARE(MetricsTimeRange::step(now.addSecs(-24 * 3600), now, 800), 108s);
        QCOMPARE(MetricsTimeRange::step(now.addSecs(-24 * 3600), now, 100000), 8s); // ≤ 11,000 points
    }

    void storeKeepsHiddenSeriesAcrossRefreshes()
    {
        SeriesStore store;
        const auto series = [](const QString &task, double v) {
            return MetricSeries{{{QStringLiteral("task"), task}}, {{1, v}, {2, v * 2}, {3, v}}};
        };
        store.setSeries({series(QStringLiteral("b"), 1), series(QStringLiteral("a"), 10)}, QStringLiteral("task"));
        QCOMPARE(store.name(0), QStringLiteral("a"));
        QCOMPARE(store.maxVisibleValue(), 20.0);
        const int colour = store.colourIndex(1);
        store.setVisible(0, false);
        QCOMPARE(store.maxVisibleValue(), 2.0);
        store.setSeries({series(QStringLiteral("a"), 10), series(QStringLiteral("b"), 1), series(QStringLiteral("c"), 3)},
                        QStringLiteral("task"));
        QVERIFY(!store.isVisible(0));
        QVERIFY(store.isVisible(2));
        QCOMPARE(store.colourIndex(1), colour);
        QCOMPARE(store.valueAt(1, 2.2, 0.5), QPointF(2, 2));
        QVERIFY(!store.valueAt(1, 5, 0.5));
        QCOMPARE(store.timeSpan()->first, 1.0);
        QCOMPARE(SeriesStore::seriesName(MetricSeries{{{QStringLiteral("__name__"), QStringLiteral("up")},
                                                       {QStringLiteral("job"), QStringLiteral("node")}}, {}}, {}),
                 QStringLiteral("up{job=\"node\"}"));
    }

    void seriesAreInTheOrderOfTheirNamesNumbersByValue()
    {
        SeriesStore store;
        QList<MetricSeries> all;
        for (const char *task : {"train(10)", "train(2)", "prepare", "train(1)"})
            all.append(MetricSeries{{{QStringLiteral("task"), QString::fromLatin1(task)}}, {{1, 1}}});
        store.setSeries(all, QStringLiteral("task"));
        QStringList names;
        for (qsizetype i = 0; i < store.size(); ++i)
            names.append(store.name(i));
        QCOMPARE(names, (QStringList{QStringLiteral("prepare"), QStringLiteral("train(1)"), QStringLiteral("train(2)"),
                                     QStringLiteral("train(10)")}));
    }

    void seriesHaveDistinctColoursThatTheyKeep()
    {
        const auto named = [](int from, int to) {
            QList<MetricSeries> all;
            for (int i = from; i < to; ++i)
                all.append(MetricSeries{{{QStringLiteral("task"), QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'))}}, {{1, 1}}});
            return all;
        };
        SeriesStore store;
        store.setSeries(named(0, SeriesStore::kColours), QStringLiteral("task"));
        QSet<int> colours;
        QHash<QString, int> before;
        for (qsizetype i = 0; i < store.size(); ++i) {
            colours.insert(store.colourIndex(i));
            before.insert(store.name(i), store.colourIndex(i));
        }
        QCOMPARE(colours.size(), SeriesStore::kColours); // no two alike
        // A refresh where t00 is gone and t10, t11 appear: the others keep theirs; the
        // newcomers take t00's colour first, then the least used.
        store.setSeries(named(1, SeriesStore::kColours + 2), QStringLiteral("task"));
        QHash<int, int> uses;
        for (qsizetype i = 0; i < store.size(); ++i) {
            ++uses[store.colourIndex(i)];
            if (before.contains(store.name(i)))
                QCOMPARE(store.colourIndex(i), before.value(store.name(i)));
        }
        QCOMPARE(store.colourIndex(store.size() - 2), before.value(QStringLiteral("t00")));
        QCOMPARE(uses.size(), SeriesStore::kColours);
        for (int n : std::as_const(uses))
            QVERIFY(n <= 2);
    }

    void storeIsBounded()
    {
        SeriesStore store;
        QList<MetricSeries> many(SeriesStore::kMaxSeries + 5);
        QVERIFY(!store.setSeries(many));
        QCOMPARE(store.size(), SeriesStore::kMaxSeries);
    }
};

PS_TEST(MetricsModelTest)
#include "tst_metricsmodel.moc"
