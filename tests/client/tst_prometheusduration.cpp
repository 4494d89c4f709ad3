#include "prometheusduration.h"
#include "testregistry.h"

#include <QTest>

using ps::PrometheusDuration;

class PrometheusDurationTest : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milliseconds"); // -1: rejected
        QTest::newRow("seconds") << QStringLiteral("15s") << qint64(15000);
        QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300000);
        QTest::newRow("milliseconds") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("compound") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("all units") << QStringLiteral("1y1w1d1h1m1s1ms") << qint64(31536000000 + 604800000 + 86400000 + 3661001);
        QTest::newRow("plain seconds") << QStringLiteral("30") << qint64(30000);
        QTest::newRow("fractional seconds") << QStringLiteral("0.5") << qint64(500);
        QTest::newRow("spaces around") << QStringLiteral(" 2d ") << qint64(172800000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("no number") << QStringLiteral("m") << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("5m3") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("5x") << qint64(-1);
        QTest::newRow("out of order") << QStringLiteral("30m1h") << qint64(-1);
        QTest::newRow("repeated") << QStringLiteral("1m1m") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("huge") << QStringLiteral("99999999999999999999s") << qint64(-1);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milliseconds);
        const auto parsed = PrometheusDuration::parse(text);
        if (milliseconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), milliseconds);
        }
    }

    void formatsTheShortestSpelling()
    {
        using namespace std::chrono_literals;
        QCOMPARE(PrometheusDuration::format(90s), QStringLiteral("1m30s"));
        QCOMPARE(PrometheusDuration::format(1h), QStringLiteral("1h"));
        QCOMPARE(PrometheusDuration::format(1500ms), QStringLiteral("1s500ms"));
        QCOMPARE(PrometheusDuration::format(0ms), QStringLiteral("0s"));
        QCOMPARE(PrometheusDuration::parse(PrometheusDuration::format(std::chrono::milliseconds(93784005)))->count(),
                 93784005);
    }
};

PS_TEST(PrometheusDurationTest)
#include "tst_prometheusduration.moc"
