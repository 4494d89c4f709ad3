#include "prometheusparser.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>

using ps::PrometheusError;
using ps::PrometheusParser;
using ps::PrometheusQueryResult;

namespace {

PrometheusParser::Answer answer(const QByteArray &body, int status = 200)
{
    return {body, status, QStringLiteral("http://127.0.0.1:9")};
}

} // namespace

class PrometheusParserTest : public QObject
{
    Q_OBJECT

private slots:
    void vector()
    {
        const auto result = PrometheusParser::query(answer(
            R"({"status":"success","data":{"resultType":"vector","result":[)"
            R"({"metric":{"__name__":"up","job":"node"},"value":[1435781451.781,"1"]},)"
            R"({"metric":{},"value":[1435781451.781,"NaN"]}]}})"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::Vector);
        QCOMPARE(result.value.series.size(), 2);
        QCOMPARE(result.value.series[0].name(), QStringLiteral("up"));
        QCOMPARE(result.value.series[0].labels.value(QStringLiteral("job")), QStringLiteral("node"));
        QCOMPARE(result.value.series[0].points, QList<QPointF>{QPointF(1435781451.781, 1)});
        QVERIFY(std::isnan(result.value.series[1].points[0].y()));
    }

    void matrix()
    {
        const auto result = PrometheusParser::query(answer(
            R"({"status":"success","data":{"resultType":"matrix","result":[)"
            R"({"metric":{"pod":"a"},"values":[[1435781430.781,"1"],[1435781445.781,"2.5e3"],[1435781460.781,"-Inf"]]}]}})"));
        QVERIFY(result.ok());
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::Matrix);
        const auto &points = result.value.series.value(0).points;
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[1], QPointF(1435781445.781, 2500));
        QVERIFY(std::isinf(points[2].y()) && points[2].y() < 0);
    }

    void scalarAndString()
    {
        const auto scalar = PrometheusParser::query(answer(R"({"status":"success","data":{"resultType":"scalar","result":[12.5,"+Inf"]}})"));
        QVERIFY(scalar.ok());
        QCOMPARE(scalar.value.type, PrometheusQueryResult::Type::Scalar);
        QCOMPARE(scalar.value.scalar.x(), 12.5);
        QVERIFY(std::isinf(scalar.value.scalar.y()) && scalar.value.scalar.y() > 0);
        const auto text = PrometheusParser::query(answer(R"({"status":"success","data":{"resultType":"string","result":[3,"hello"]}})"));
        QVERIFY(text.ok());
        QCOMPARE(text.value.type, PrometheusQueryResult::Type::String);
        QCOMPARE(text.value.text, QStringLiteral("hello"));
    }

    void orderAndUnknownFieldsDoNotMatter()
    {
        const auto result = PrometheusParser::query(answer(
            R"({"data":{"result":[{"values":[[1,"2"]],"histograms":[[1,{"count":"3"}]],"metric":{"a":"b"}}],)"
            R"("stats":{"timings":{"evalTotalTime":0.1}},"resultType":"matrix"},"infos":["x"],"status":"success"})"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.type, PrometheusQueryResult::Type::Matrix);
        QCOMPARE(result.value.series.size(), 1);
        QCOMPARE(result.value.series[0].labels.value(QStringLiteral("a")), QStringLiteral("b"));
        QCOMPARE(result.value.series[0].points, QList<QPointF>{QPointF(1, 2)});
    }

    void sampleValuesIgnoreTheLocale_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("42") << 42.0;
        QTest::newRow("decimal") << QByteArray("0.25") << 0.25;
        QTest::newRow("exponent") << QByteArray("1e+00") << 1.0;
        QTest::newRow("negative") << QByteArray("-3.5") << -3.5;
    }
    void sampleValuesIgnoreTheLocale()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        QCOMPARE(PrometheusParser::sampleValue(text.toStdString()), value);
    }

    void timestampsWithNanoseconds()
    {
        const QDateTime t = PrometheusParser::timestamp("2026-11-24T03:01:44.119526376Z");
        QVERIFY(t.isValid());
        QCOMPARE(t.toMSecsSinceEpoch() % 1000, 119);
        QCOMPARE(PrometheusParser::timestamp("2018-07-04T20:27:12.60602144+02:00").toUTC().time().hour(), 18);
        QVERIFY(PrometheusParser::timestamp("2018-07-04T20:27:12Z").isValid());
        QVERIFY(!PrometheusParser::timestamp("").isValid());
    }

    void alertsAndTargets()
    {
        const auto alerts = PrometheusParser::alerts(answer(
            R"({"status":"success","data":{"alerts":[{"labels":{"alertname":"A"},"annotations":{"summary":"s"},)"
            R"("state":"firing","activeAt":"2026-11-24T03:01:44.119526376Z","value":"1e+00"}]}})"));
        QVERIFY(alerts.ok());
        QCOMPARE(alerts.value.size(), 1);
        QCOMPARE(alerts.value[0].name(), QStringLiteral("A"));
        QCOMPARE(alerts.value[0].value, QStringLiteral("1e+00"));
        const auto targets = PrometheusParser::targets(answer(
            R"({"status":"success","data":{"activeTargets":[{"discoveredLabels":{"__address__":"h:1"},"labels":{"job":"node"},)"
            R"("scrapePool":"node","scrapeUrl":"http://h:1/metrics","lastError":"","lastScrape":"2026-11-24T03:01:44.1Z",)"
            R"("lastScrapeDuration":0.0123,"health":"up"}],"droppedTargets":[]}})"));
        QVERIFY(targets.ok());
        QCOMPARE(targets.value[0].job(), QStringLiteral("node"));
        QCOMPARE(targets.value[0].lastScrapeDuration, 0.0123);
        QCOMPARE(targets.value[0].discoveredLabels.value(QStringLiteral("__address__")), QStringLiteral("h:1"));
    }

    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{)");
        QTest::newRow("status not a string") << QByteArray(R"({"status":1})");
        QTest::newRow("result not an array") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":7}})");
        QTest::newRow("value wrong type") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["t","1"]}]}})");
        QTest::newRow("short pair") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[[1]]}]}})");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("garbage") << QByteArray("\x01\x02\xff\xfe garbage", 13);
        QTest::newRow("array at top") << QByteArray(R"([1,2,3])");
        QTest::newRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})");
        QTest::newRow("no result type") << QByteArray(R"({"status":"success","data":{"result":[]}})");
        QTest::newRow("sample an object") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[{"t":1}]}]}})");
        QTest::newRow("sample nested") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[[[1],"2"]]}]}})");
        QTest::newRow("values flat") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[1,"2"]}]}})");
        QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)");
    }
    void brokenInput()
    {
        QFETCH(QByteArray, body);
        const auto result = PrometheusParser::query(answer(body));
        QCOMPARE(result.error.kind, PrometheusError::Kind::BadResponse);
        QVERIFY(!result.error.message.isEmpty());
    }

    void errorEnvelopeWithoutMessage()
    {
        const auto result = PrometheusParser::strings(answer(R"({"status":"error"})", 400));
        QCOMPARE(result.error.kind, PrometheusError::Kind::Api);
        QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.1:9")));
    }
};

PS_TEST(PrometheusParserTest)
#include "tst_prometheusparser.moc"
