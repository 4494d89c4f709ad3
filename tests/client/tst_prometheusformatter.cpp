#include "prometheusformatter.h"
#include "prometheusparser.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using ps::PrometheusFormatter;
using ps::PrometheusParser;
using ps::PrometheusQueryResult;

class PrometheusFormatterTest : public QObject
{
    Q_OBJECT

private slots:
    void seriesNames()
    {
        QCOMPARE(PrometheusFormatter::seriesName({{QStringLiteral("__name__"), QStringLiteral("up")}}), QStringLiteral("up"));
        QCOMPARE(PrometheusFormatter::seriesName({{QStringLiteral("__name__"), QStringLiteral("up")},
                                                  {QStringLiteral("job"), QStringLiteral("node")},
                                                  {QStringLiteral("instance"), QStringLiteral("a\"b")}}),
                 QStringLiteral("up{instance=\"a\\\"b\", job=\"node\"}"));
        QCOMPARE(PrometheusFormatter::seriesName({{QStringLiteral("pod"), QStringLiteral("p")}}), QStringLiteral("{pod=\"p\"}"));
    }

    void values()
    {
        QCOMPARE(PrometheusFormatter::value(0.1), QStringLiteral("0.1"));
        QCOMPARE(PrometheusFormatter::value(1e21), QStringLiteral("1e+21"));
        QCOMPARE(PrometheusFormatter::value(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("NaN"));
        QCOMPARE(PrometheusFormatter::value(-std::numeric_limits<double>::infinity()), QStringLiteral("-Inf"));
        QCOMPARE(PrometheusFormatter::time(1700000000.5), QStringLiteral("2023-11-14T22:13:20.500Z"));
    }

    void vectorTable()
    {
        PrometheusQueryResult result;
        result.series = {{{{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("job"), QStringLiteral("node")}},
                          {QPointF(1700000000, 1)}},
                         {{{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("job"), QStringLiteral("prometheus")}},
                          {QPointF(1700000000, 0)}}};
        const QStringList lines = PrometheusFormatter::table(result).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("SERIES")));
        QVERIFY(lines[1].startsWith(QStringLiteral("up{job=\"node\"}")));
        // Columns line up: every VALUE starts where the header's does.
        const qsizetype column = lines[0].indexOf(QStringLiteral("VALUE"));
        QCOMPARE(lines[1].mid(column, 1), QStringLiteral("1"));
        QCOMPARE(lines[2].mid(column, 1), QStringLiteral("0"));
    }

    void jsonRoundTripsThroughTheParser_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("vector") << QByteArray(R"({"resultType":"vector","result":[{"metric":{"__name__":"up","job":"node"},"value":[1700000000.5,"1"]}]})");
        QTest::newRow("matrix") << QByteArray(R"({"resultType":"matrix","result":[{"metric":{"pod":"a"},"values":[[1,"NaN"],[2,"+Inf"],[3,"0.25"]]}]})");
        QTest::newRow("scalar") << QByteArray(R"({"resultType":"scalar","result":[12.5,"7"]})");
        QTest::newRow("string") << QByteArray(R"({"resultType":"string","result":[3,"hello"]})");
    }
    void jsonRoundTripsThroughTheParser()
    {
        QFETCH(QByteArray, data);
        const auto parsed = PrometheusParser::query({"{\"status\":\"success\",\"data\":" + data + '}', 200, {}});
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
        QCOMPARE(QJsonDocument::fromJson(PrometheusFormatter::json(parsed.value)), QJsonDocument::fromJson(data));
        QVERIFY(!PrometheusFormatter::table(parsed.value).isEmpty());
    }
};

PS_TEST(PrometheusFormatterTest)
#include "tst_prometheusformatter.moc"
