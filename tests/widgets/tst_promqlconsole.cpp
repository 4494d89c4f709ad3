#include "../client/futurewait.h"
#include "httpclient.h"
#include "prometheusclient.h"
#include "prometheusfixture.h"
#include "promqlconsole.h"
#include "promqleditor.h"
#include "seriestablemodel.h"
#include "testregistry.h"
#include "timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ps;

// The PromQL console against the fixture's real Prometheus.
class PromQlConsoleTest : public QObject
{
    Q_OBJECT

    HttpClient m_http;
    PrometheusClient m_prometheus{&m_http};

    void runQuery(PromQlConsole &console, const QString &query)
    {
        QSignalSpy finished(&console, &PromQlConsole::finished);
        console.setQuery(query);
        QTest::keyClick(console.editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
    }

private slots:
    void initTestCase()
    {
        PrometheusConfig config;
        if (!pstest::fixtureConfig(config))
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        m_prometheus.setConfig(config);
        QSettings().remove(QStringLiteral("promql/history"));
        // The fixture has just started Prometheus: wait for its first scrapes of the node
        // exporter (and their rate), which the queries and completions below ask for.
        const auto scraped = [this] {
            const auto r = pstest::resultOf(m_prometheus.query(
                QStringLiteral("rate(node_cpu_seconds_total{mode=\"idle\"}[10s]) and on() up{job=\"node\"} == 1")));
            return r.ok() && !r.value.series.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(scraped(), 30000);
    }

    void instantQueryFillsTheTable()
    {
        PromQlConsole console;
        console.setPrometheus(&m_prometheus);
        QAbstractItemModelTester tester(console.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        runQuery(console, QStringLiteral("up{job=\"node\"}"));
        QVERIFY2(console.errorText().isEmpty(), qPrintable(console.errorText()));
        QAbstractItemModel *table = console.table()->model();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->index(0, SeriesTableModel::Series).data().toString().startsWith(QStringLiteral("up{")));
        QVERIFY(table->index(0, SeriesTableModel::Series).data().toString().contains(QStringLiteral("job=\"node\"")));
        QCOMPARE(table->index(0, SeriesTableModel::Value).data().toString(), QStringLiteral("1"));
        runQuery(console, QStringLiteral("1 + 2"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, SeriesTableModel::Value).data().toString(), QStringLiteral("3"));
    }

    void rangeQueryDrawsTheChart()
    {
        PromQlConsole console;
        console.resize(800, 500);
        console.show();
        console.setPrometheus(&m_prometheus);
        console.setMode(PromQlConsole::Mode::Range);
        runQuery(console, QStringLiteral("rate(node_cpu_seconds_total{mode=\"idle\"}[10s])"));
        QVERIFY2(console.errorText().isEmpty(), qPrintable(console.errorText()));
        QVERIFY(console.chart()->isVisible());
        QVERIFY(console.chart()->store().size() >= 1);
        QVERIFY(console.chart()->store().name(0).contains(QStringLiteral("cpu=")));
    }

    void anErrorIsShownWhereItIs()
    {
        PromQlConsole console;
        console.setPrometheus(&m_prometheus);
        const QString bad = QStringLiteral("sum(rate(up[1m])");
        runQuery(console, bad);
        QVERIFY(console.errorText().contains(QStringLiteral("parse error")));
        QVERIFY2(console.errorText().startsWith(QStringLiteral("Line 1, column ")), qPrintable(console.errorText()));
        QCOMPARE(console.editor()->extraSelections().size(), 1);
        const int offset = console.editor()->extraSelections().first().cursor.selectionStart();
        QVERIFY2(offset > 0 && offset <= bad.size(), qPrintable(QString::number(offset)));
        // Typing removes the mark.
        QTest::keyClick(console.editor(), Qt::Key_End);
        QTest::keyClicks(console.editor(), QStringLiteral(")"));
        QVERIFY(console.editor()->extraSelections().isEmpty());
    }

    void historyKeepsTheQueriesRun()
    {
        PromQlConsole console;
        console.setPrometheus(&m_prometheus);
        runQuery(console, QStringLiteral("up"));
        runQuery(console, QStringLiteral("vector(2)"));
        runQuery(console, QStringLiteral("up"));
        QCOMPARE(console.history().entries().mid(0, 2), (QStringList{QStringLiteral("up"), QStringLiteral("vector(2)")}));
        PromQlConsole next; // from the settings
        QCOMPARE(next.history().entries().first(), QStringLiteral("up"));
    }

    void completesMetricNamesAndLabelValuesFromTheServer()
    {
        PromQlConsole console;
        console.show();
        console.setPrometheus(&m_prometheus);
        PromQlEditor *editor = console.editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("node_cpu_sec"));
        QCompleter *completer = editor->completer();
        QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 10000);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("node_cpu_seconds_total"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("node_cpu_seconds_total"));

        editor->setPlainText(QStringLiteral("up{"));
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral("jo"));
        QTRY_COMPARE_WITH_TIMEOUT(completer->currentCompletion(), QStringLiteral("job"), 10000);
        editor->setPlainText(QStringLiteral("up{job=\"no"));
        editor->moveCursor(QTextCursor::End);
        editor->complete();
        QTRY_COMPARE_WITH_TIMEOUT(completer->currentCompletion(), QStringLiteral("node"), 10000);
    }
};

PS_TEST(PromQlConsoleTest)
#include "tst_promqlconsole.moc"
