#include "promqlcontext.h"
#include "promqlerrorposition.h"
#include "queryhistory.h"
#include "seriestablemodel.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ps;

Q_DECLARE_METATYPE(ps::PromQlContext::Kind)

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

} // namespace

// What a PromQL editor needs to know about its text: the word to complete, where an error is.
class PromQlTextTest : public QObject
{
    Q_OBJECT

private slots:
    void context_data()
    {
        QTest::addColumn<QString>("text"); // | marks the cursor
        QTest::addColumn<PromQlContext::Kind>("kind");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("prefix");
        using K = PromQlContext::Kind;
        QTest::newRow("metric") << s("node_cp|") << K::MetricName << s("") << s("") << s("node_cp");
        QTest::newRow("in a function") << s("rate(node_cp|") << K::MetricName << s("") << s("") << s("node_cp");
        QTest::newRow("label name") << s("up{jo|") << K::LabelName << s("up") << s("") << s("jo");
        QTest::newRow("second label name") << s("up{job=\"a\", ins|}") << K::LabelName << s("up") << s("") << s("ins");
        QTest::newRow("label value") << s("up{job=\"no|") << K::LabelValue << s("up") << s("job") << s("no");
        QTest::newRow("regex value") << s("up{job =~ \"n|\"}") << K::LabelValue << s("up") << s("job") << s("n");
        QTest::newRow("after a selector") << s("up{job=\"a\"} + no|") << K::MetricName << s("") << s("") << s("no");
        QTest::newRow("by clause") << s("sum by (ins|) (up)") << K::LabelName << s("") << s("") << s("ins");
        QTest::newRow("a duration") << s("rate(up[5|") << K::None << s("") << s("") << s("");
        QTest::newRow("a string") << s("\"ab|") << K::None << s("") << s("") << s("");
    }
    void context()
    {
        QFETCH(QString, text);
        QFETCH(PromQlContext::Kind, kind);
        QFETCH(QString, metric);
        QFETCH(QString, label);
        QFETCH(QString, prefix);
        const int cursor = int(text.indexOf(u'|'));
        text.remove(cursor, 1);
        const PromQlContext c = PromQlContext::at(text, cursor);
        QCOMPARE(c.kind, kind);
        if (kind == PromQlContext::Kind::None)
            return;
        QCOMPARE(c.metric, metric);
        QCOMPARE(c.label, label);
        QCOMPARE(c.prefix, prefix);
        QCOMPARE(text.mid(c.prefixStart, c.prefix.size()), prefix);
    }

    void errorPosition_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("current") << s("invalid parameter \"query\": 1:17: parse error: unclosed left parenthesis") << 1 << 17;
        QTest::newRow("range") << s("2:3-2:7: parse error: unexpected identifier") << 2 << 3;
        QTest::newRow("old") << s("parse error at char 9: unexpected end of input") << 1 << 9;
        QTest::newRow("none") << s("query timed out") << 0 << 0;
    }
    void errorPosition()
    {
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto p = PromQlErrorPosition::fromMessage(message);
        QCOMPARE(bool(p), line > 0);
        if (!p)
            return;
        QCOMPARE(p->line, line);
        QCOMPARE(p->column, column);
    }

    void errorOffsetCountsLines()
    {
        QCOMPARE((PromQlErrorPosition{2, 3}).offsetIn(QStringLiteral("sum(\n  rate(")), 7);
        QCOMPARE((PromQlErrorPosition{1, 99}).offsetIn(QStringLiteral("up")), 2);
    }

    void historyIsNewestFirstUniqueAndBounded()
    {
        QueryHistory history;
        history.add(QStringLiteral("a"));
        history.add(QStringLiteral("b"));
        history.add(QStringLiteral(" a "));
        history.add(QStringLiteral(""));
        QCOMPARE(history.entries(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        for (int i = 0; i < 200; ++i)
            history.add(QString::number(i));
        QCOMPARE(history.entries().size(), QueryHistory::kMax);
        QCOMPARE(history.entries().first(), QStringLiteral("199"));
        QueryHistory restored;
        restored.setEntries(history.entries());
        QCOMPARE(restored.entries(), history.entries());
    }

    void instantResultTable()
    {
        SeriesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries({MetricSeries{{{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("job"), QStringLiteral("node")}},
                                      {{1700000000, 1}}},
                         MetricSeries{{{QStringLiteral("job"), QStringLiteral("x")}}, {{1700000000, 0.125}}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SeriesTableModel::Series).data().toString(), QStringLiteral("up{job=\"node\"}"));
        QCOMPARE(model.index(1, SeriesTableModel::Value).data().toString(), QStringLiteral("0.125"));
        model.setScalar(1700000000, 7);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SeriesTableModel::Value).data().toString(), QStringLiteral("7"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

PS_TEST(PromQlTextTest)
#include "tst_promqltext.moc"
