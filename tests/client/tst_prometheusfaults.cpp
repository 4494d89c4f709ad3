#include "futurewait.h"
#include "httpclient.h"
#include "prometheusclient.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QTest>

using ps::HttpClient;
using ps::PrometheusClient;
using ps::PrometheusConfig;
using ps::PrometheusError;
using pstest::resultOf;
using pstest::TestHttpExchange;
using pstest::TestHttpServer;
using namespace std::chrono_literals;

// The Prometheus client against a server that misbehaves on purpose: what a real
// Prometheus cannot be made to do on demand (refuse credentials, break its JSON, hang).
class PrometheusFaultTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_prometheus = std::make_unique<PrometheusClient>(&m_http);
        PrometheusConfig config;
        config.url = m_server->url(QStringLiteral("/prom/"));
        config.retries = 0;
        m_prometheus->setConfig(config);
    }
    void cleanup()
    {
        m_prometheus.reset();
        m_server.reset();
    }

    void errorEnvelopeIsTheMessage()
    {
        m_server->on("GET", QStringLiteral("/prom/api/v1/query"),
                     TestHttpServer::reply(422, R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})"));
        const auto result = resultOf(m_prometheus->query(QStringLiteral("up")));
        QCOMPARE(result.error.kind, PrometheusError::Kind::Api);
        QCOMPARE(result.error.errorType, QStringLiteral("execution"));
        QCOMPARE(result.error.message, QStringLiteral("query processing would load too many samples into memory"));
        QCOMPARE(result.error.httpStatus, 422);
    }

    void sendsTheQueryAndTheBearerToken()
    {
        m_server->on("GET", QStringLiteral("/prom/api/v1/query_range"),
                     TestHttpServer::reply(200, R"({"status":"success","warnings":["partial"],"data":{"resultType":"matrix","result":[]}})"));
        auto config = m_prometheus->config();
        config.bearerToken = QStringLiteral("tok-123");
        m_prometheus->setConfig(config);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(1700000060, Qt::UTC);
        const auto result = resultOf(m_prometheus->queryRange(QStringLiteral("sum by (pod)(rate(x{a=~\"b.+\"}[1m]))"),
                                                              end.addSecs(-60), end, 15s));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.warnings, QStringList{QStringLiteral("partial")});
        const auto sent = m_server->requests().value(0);
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer tok-123"));
        QVERIFY2(sent.target.contains("%2B"), sent.target.constData()); // '+' encoded, never bare
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                 QStringLiteral("sum by (pod)(rate(x{a=~\"b.+\"}[1m]))"));
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("start")), QStringLiteral("1700000000.000"));
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("end")), QStringLiteral("1700000060.000"));
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("step")), QStringLiteral("15.000"));
    }

    void basicAuthentication()
    {
        m_server->on({}, QStringLiteral("/prom/api/v1/labels"), TestHttpServer::reply(200, R"({"status":"success","data":["job"]})"));
        auto config = m_prometheus->config();
        config.username = QStringLiteral("me");
        config.password = QStringLiteral("pa:ss");
        m_prometheus->setConfig(config);
        const auto result = resultOf(m_prometheus->labelNames());
        QVERIFY(result.ok());
        QCOMPARE(result.value, QStringList{QStringLiteral("job")});
        QCOMPARE(m_server->requests().value(0).header("authorization"), "Basic " + QByteArray("me:pa:ss").toBase64());
    }

    void refusedCredentials()
    {
        m_server->on({}, QStringLiteral("/prom/api/v1/alerts"), TestHttpServer::reply(401, "Unauthorized\n", "text/plain"));
        const auto result = resultOf(m_prometheus->alerts());
        QCOMPARE(result.error.kind, PrometheusError::Kind::Unauthorized);
        QCOMPARE(result.error.httpStatus, 401);
        QVERIFY2(result.error.message.contains(QStringLiteral("credentials")), qPrintable(result.error.message));
    }

    void notPrometheus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html page") << 200 << QByteArray("<html><body>Grafana</body></html>");
        QTest::newRow("truncated json") << 200 << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vec");
        QTest::newRow("not found") << 404 << QByteArray("404 page not found\n");
        QTest::newRow("server error") << 500 << QByteArray();
        QTest::newRow("wrong shape") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["x"]]}]}})");
        QTest::newRow("unknown result type") << 200 << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})");
        QTest::newRow("data missing") << 200 << QByteArray(R"({"status":"success"})");
        QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe{\"status\"", 12);
    }
    void notPrometheus()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_server->on({}, QStringLiteral("/prom/api/v1/query"), TestHttpServer::reply(status, body));
        const auto result = resultOf(m_prometheus->query(QStringLiteral("up")));
        QCOMPARE(result.error.kind, PrometheusError::Kind::BadResponse);
        QVERIFY2(result.error.message.contains(m_server->url().host()), qPrintable(result.error.message));
    }

    void slowPrometheusTimesOut()
    {
        m_server->on({}, QStringLiteral("/prom/api/v1/query"), TestHttpServer::delayed(10000, TestHttpServer::reply(200, "{}")));
        auto config = m_prometheus->config();
        config.timeout = 300ms;
        m_prometheus->setConfig(config);
        const auto result = resultOf(m_prometheus->query(QStringLiteral("up")), 5000);
        QCOMPARE(result.error.kind, PrometheusError::Kind::Timeout);
    }

    void cancellingTheFutureAbortsTheRequest()
    {
        m_server->on({}, QStringLiteral("/prom/api/v1/query"), TestHttpServer::delayed(10000, TestHttpServer::reply(200, "{}")));
        auto future = m_prometheus->query(QStringLiteral("up"));
        QTRY_COMPARE(m_http.activeTransfers(), 1);
        future.cancel();
        QTRY_COMPARE(m_http.activeTransfers(), 0);
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }

    void destroyingTheClientCancelsItsCalls()
    {
        m_server->on({}, QStringLiteral("/prom/api/v1/query"), TestHttpServer::delayed(10000, TestHttpServer::reply(200, "{}")));
        auto future = m_prometheus->query(QStringLiteral("up"));
        QTRY_COMPARE(m_http.activeTransfers(), 1);
        m_prometheus.reset();
        QCOMPARE(m_http.activeTransfers(), 0);
        QVERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }

    void aLargeRangeQueryIsParsedWhole()
    {
        // Over kParseOffThreadBytes, so it goes through the thread pool.
        constexpr int seriesCount = 20;
        constexpr int pointCount = 5000;
        // (Plain strings: moc misreads raw strings with unbalanced braces.)
        QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        for (int s = 0; s < seriesCount; ++s) {
            body += (s ? "," : "") + QByteArray("{\"metric\":{\"pod\":\"p") + QByteArray::number(s) + "\"},\"values\":[";
            for (int p = 0; p < pointCount; ++p)
                body += (p ? "," : "") + QByteArray("[") + QByteArray::number(1700000000 + p) + ",\"" + QByteArray::number(p * 0.5)
                      + "\"]";
            body += "]}";
        }
        body += "]}}";
        QVERIFY(body.size() > PrometheusClient::kParseOffThreadBytes);
        m_server->on({}, QStringLiteral("/prom/api/v1/query_range"), TestHttpServer::reply(200, body));
        const auto result = resultOf(m_prometheus->queryRange(QStringLiteral("x"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                                                              QDateTime::currentDateTimeUtc(), 1s));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.series.size(), seriesCount);
        QCOMPARE(result.value.pointCount(), qsizetype(seriesCount) * pointCount);
        QCOMPARE(result.value.series.last().labels.value(QStringLiteral("pod")), QStringLiteral("p19"));
        QCOMPARE(result.value.series.last().points.last(), QPointF(1700000000 + pointCount - 1, (pointCount - 1) * 0.5));
    }

private:
    HttpClient m_http;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<PrometheusClient> m_prometheus;
};

PS_TEST(PrometheusFaultTest)
#include "tst_prometheusfaults.moc"
