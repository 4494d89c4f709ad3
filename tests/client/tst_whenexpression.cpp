#include "testregistry.h"
#include "whenexpression.h"

#include <QTest>

using ps::WhenExpression;

class WhenExpressionTest : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("result");
        QTest::newRow("bare words") << "heads == heads" << true;
        QTest::newRow("different words") << "heads == tails" << false;
        QTest::newRow("numbers compare as numbers") << "10 > 9" << true;
        QTest::newRow("decimals") << "0.8889 <= 0.9" << true;
        QTest::newRow("quoted text compares as text") << "'10' > '9'" << false;
        QTest::newRow("and/or precedence") << "true || false && false" << true;
        QTest::newRow("not and parentheses") << "!(1 == 1) || (2 != 3)" << true;
        QTest::newRow("regex") << "abc123 =~ '^abc[0-9]+$'" << true;
        QTest::newRow("negative regex") << "abc !~ 'x'" << true;
        QTest::newRow("boolean text") << "true == true" << true;
        QTest::newRow("double quotes") << "\"a b\" == \"a b\"" << true;
    }
    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(bool, result);
        const auto r = WhenExpression::evaluate(expression);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, result);
    }

    void refusesWhatDoesNotParse_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << "";
        QTest::newRow("open parenthesis") << "(1 == 1";
        QTest::newRow("dangling operator") << "1 ==";
        QTest::newRow("two values") << "a b";
        QTest::newRow("not a boolean") << "5";
        QTest::newRow("unterminated string") << "'abc == abc";
        QTest::newRow("and of text") << "a && b";
    }
    void refusesWhatDoesNotParse()
    {
        QFETCH(QString, expression);
        const auto r = WhenExpression::evaluate(expression);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }
};

PS_TEST(WhenExpressionTest)
#include "tst_whenexpression.moc"
