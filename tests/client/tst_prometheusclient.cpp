#include "futurewait.h"
#include "httpclient.h"
#include "prometheusclient.h"
#include "resourcequeries.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using ps::HttpClient;
using ps::PrometheusClient;
using ps::PrometheusConfig;
using ps::PrometheusError;
using ps::PrometheusQueryResult;
using pstest::resultOf;
using namespace std::chrono_literals;

// Against a real Prometheus scraping a real node exporter, started by the ctest fixture
// `prometheus` (tests/fixtures/prometheus_fixture.py), which tells its URL through
// $PS_PROMETHEUS_DIR/prometheus.url.
class PrometheusClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("PS_PROMETHEUS_DIR");
        if (dir.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QFile file(QDir(dir).filePath(QStringLiteral("prometheus.url")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        PrometheusConfig config;
        config.url = QUrl(QString::fromUtf8(file.readAll().trimmed()));
        QVERIFY(config.url.isValid());
        m_prometheus.setConfig(config);
        // Scraped every second: the node exporter is up within a few seconds of start.
        QTRY_VERIFY_WITH_TIMEOUT(nodeIsUp(), 30000);
    }

    void instantQueryOfUpHasTheNodeExporter()
    {
        const auto result = resultOf(m_prometheus.query(QStringLiteral("up")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::Vector);
        const auto node = std::find_if(result.value.series.cbegin(), result.value.series.cend(),
                                       [](const auto &s) { return s.labels.value(QStringLiteral("job")) == u"node"; });
        QVERIFY(node != result.value.series.cend());
        QCOMPARE(node->name(), QStringLiteral("up"));
        QCOMPARE(node->points.size(), 1);
        QCOMPARE(node->points.first().y(), 1.0);
        QVERIFY(qAbs(node->points.first().x() - QDateTime::currentSecsSinceEpoch()) < 60);
    }

    void operatorsSurviveTheQueryString()
    {
        // '+' must reach Prometheus as a plus, not as a space.
        const auto result = resultOf(m_prometheus.query(QStringLiteral("1 + 2 * 3")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::Scalar);
        QCOMPARE(result.value.scalar.y(), 7.0);
    }

    void stringResult()
    {
        const auto result = resultOf(m_prometheus.query(QStringLiteral("\"pipeline studio\"")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::String);
        QCOMPARE(result.value.text, QStringLiteral("pipeline studio"));
    }

    void rangeQueryOverTheLastMinuteHasPoints()
    {
        const auto points = [this] {
            const QDateTime end = QDateTime::currentDateTimeUtc();
            const auto result = resultOf(m_prometheus.queryRange(QStringLiteral("up{job=\"node\"}"), end.addSecs(-60),
                                                                 end, 1s));
            return result.ok() && result.value.type == PrometheusQueryResult::Type::Matrix
                    && result.value.series.size() == 1
                ? result.value.series.first().points.size()
                : qsizetype(-1);
        };
        QTRY_VERIFY_WITH_TIMEOUT(points() >= 3, 20000);
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const auto result = resultOf(m_prometheus.queryRange(QStringLiteral("rate(node_cpu_seconds_total[5s])"),
                                                             end.addSecs(-60), end, 1s));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(!result.value.series.isEmpty());
        const auto &series = result.value.series.first();
        QVERIFY(series.labels.contains(QStringLiteral("cpu")));
        QVERIFY(std::is_sorted(series.points.cbegin(), series.points.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void labelValuesOfJob()
    {
        const auto result = resultOf(m_prometheus.labelValues(QStringLiteral("job")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY2(result.value.contains(QStringLiteral("node")), qPrintable(result.value.join(u',')));
    }

    void metricNamesAndLabelNamesForCompletion()
    {
        const auto names = resultOf(m_prometheus.labelValues(QStringLiteral("__name__")));
        QVERIFY2(names.ok(), qPrintable(names.error.message));
        QVERIFY(names.value.contains(QStringLiteral("node_cpu_seconds_total")));
        QVERIFY(names.value.contains(QStringLiteral("node_memory_MemAvailable_bytes")));
        const auto labels = resultOf(m_prometheus.labelNames({QStringLiteral("node_cpu_seconds_total")}));
        QVERIFY2(labels.ok(), qPrintable(labels.error.message));
        QVERIFY(labels.value.contains(QStringLiteral("cpu")));
        QVERIFY(labels.value.contains(QStringLiteral("mode")));
    }

    void seriesOfAMatcher()
    {
        const auto result = resultOf(m_prometheus.series({QStringLiteral("up{job=\"node\"}")},
                                                         QDateTime::currentDateTimeUtc().addSecs(-300),
                                                         QDateTime::currentDateTimeUtc()));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.size(), 1);
        QCOMPARE(result.value.first().value(QStringLiteral("__name__")), QStringLiteral("up"));
        QVERIFY(result.value.first().value(QStringLiteral("instance")).startsWith(QStringLiteral("127.0.0.1:")));
    }

    void theAlwaysFiringRuleShowsInAlerts()
    {
        const auto firing = [this] {
            const auto result = resultOf(m_prometheus.alerts());
            return result.ok()
                && std::any_of(result.value.cbegin(), result.value.cend(), [](const ps::PrometheusAlert &alert) {
                       return alert.name() == u"PipelineStudioTestAlwaysFiring" && alert.state == u"firing";
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(firing(), 20000);
        const auto result = resultOf(m_prometheus.alerts());
        const auto &alert = result.value.first();
        QVERIFY(alert.activeAt.isValid());
        QVERIFY(alert.activeAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(alert.labels.value(QStringLiteral("severity")), QStringLiteral("none"));
        QVERIFY(alert.annotations.value(QStringLiteral("summary")).contains(QStringLiteral("Always fires")));
    }

    void targetsListTheNodeExporter()
    {
        const auto result = resultOf(m_prometheus.targets());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const auto node = std::find_if(result.value.cbegin(), result.value.cend(),
                                       [](const ps::PrometheusTarget &t) { return t.job() == u"node"; });
        QVERIFY(node != result.value.cend());
        QCOMPARE(node->health, QStringLiteral("up"));
        QVERIFY(node->scrapeUrl.endsWith(QStringLiteral("/metrics")));
        QVERIFY(node->lastScrape.isValid());
        QVERIFY(node->lastScrapeDuration > 0);
        QCOMPARE(node->scrapePool, QStringLiteral("node"));
    }

    // Every query the resources panel sends, for local runs and cluster pods alike, is PromQL
    // this Prometheus accepts (metrics it has never seen answer with no series, not an error).
    void everyResourcesPanelQueryParses_data()
    {
        QTest::addColumn<QString>("matchers");
        QTest::newRow("local run") << QStringLiteral("{run=\"r-1\"}");
        QTest::newRow("local task") << QStringLiteral("{run=\"r-1\",task=\"train(3)\"}");
        QTest::newRow("cluster pods") << QStringLiteral("{namespace=\"ml\",pod=~\"wf-.*\"}");
        QTest::newRow("cluster pod") << QStringLiteral("{namespace=\"ml\",pod=\"wf-123\"}");
    }

    void everyResourcesPanelQueryParses()
    {
        QFETCH(QString, matchers);
        for (const ps::ResourceQuery &q : ps::ResourceQueries::build(matchers, 60s)) {
            const auto result = resultOf(m_prometheus.query(q.expression));
            QVERIFY2(result.ok(), qPrintable(q.expression + QStringLiteral(": ") + result.error.message));
        }
    }

    void badPromQlGivesPrometheusOwnMessage()
    {
        const auto result = resultOf(m_prometheus.query(QStringLiteral("sum(rate(up[1m])")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, PrometheusError::Kind::Api);
        QCOMPARE(result.error.errorType, QStringLiteral("bad_data"));
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY2(result.error.message.contains(QStringLiteral("parse error")), qPrintable(result.error.message));
    }

    void anUnreachablePrometheusIsSaidPlainly()
    {
        HttpClient http;
        PrometheusClient nowhere(&http);
        PrometheusConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pstest::TestHttpServer::closedPort()));
        config.retries = 0;
        nowhere.setConfig(config);
        const auto result = resultOf(nowhere.query(QStringLiteral("up")));
        QCOMPARE(result.error.kind, PrometheusError::Kind::Unreachable);
        QVERIFY2(result.error.message.contains(QStringLiteral("No Prometheus answers at ") + config.url.toString()),
                 qPrintable(result.error.message));
    }

private:
    bool nodeIsUp()
    {
        const auto result = resultOf(m_prometheus.query(QStringLiteral("up{job=\"node\"} == 1")));
        return result.ok() && result.value.series.size() == 1;
    }

    HttpClient m_http;
    PrometheusClient m_prometheus{&m_http};
};

PS_TEST(PrometheusClientTest)
#include "tst_prometheusclient.moc"
