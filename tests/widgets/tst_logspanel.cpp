#include "../client/enginetesting.h"
#include "logsearch.h"
#include "logspanel.h"
#include "logstore.h"
#include "logview.h"
#include "testregistry.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace ps;
using pstest::Engine;

namespace {

// A DAG of shell tasks: `tasks` is "- {name: …, template: …}" lines.
QByteArray workflow(const QByteArray &tasks, const QByteArray &templates)
{
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: logs-}\nspec:\n  entrypoint: main\n"
           "  templates:\n  - name: main\n    dag:\n      tasks:\n"
           + tasks + templates;
}

QByteArray shellTemplate(const QByteArray &name, const QByteArray &script)
{
    return "  - name: " + name + "\n    container: {image: busybox, command: [sh, -c, '" + script + "']}\n";
}

// 300 lines, every 10th an error; slow: about 3 s; ansi: one coloured line.
const QByteArray kCounting = "for i in $(seq 1 300); do if [ $((i % 10)) -eq 0 ]; then echo \"ERROR in step $i\"; "
                             "else echo \"line $i\"; fi; done";
const QByteArray kSlow = "for i in $(seq 1 60); do echo \"tick $i\"; sleep 0.05; done";
const QByteArray kAnsi = "printf \"\\033[31mRED\\033[0m plain\\n\"; echo \"after\"";

class Fixture
{
public:
    QString start(const QByteArray &yaml)
    {
        runId = engine.submit(pstest::pipelineFromYaml(yaml));
        panel.resize(900, 400);
        panel.setRecordDir(records.path());
        panel.show();
        return runId;
    }
    bool showTask(const QString &task)
    {
        panel.setTask(task);
        panel.setRun(engine.backend.get(), runId);
        return QTest::qWaitFor([&] { return panel.isFinished(); }, 60000);
    }
    QStringList shownTexts()
    {
        panel.view()->updateNow();
        panel.view()->viewport()->repaint();
        QStringList texts;
        for (qint64 line : panel.view()->visibleLines())
            texts.append(panel.store()->line(line).text);
        return texts;
    }
    Engine engine;
    QTemporaryDir records;
    LogsPanel panel;
    QString runId;
};

void wheel(QWidget *viewport, int delta)
{
    const QPointF at(20, 20);
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class LogsPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void followsALocalRunToItsEnd()
    {
        Fixture f;
        f.start(workflow("      - {name: slow, template: slow}\n", shellTemplate("slow", kSlow)));
        f.panel.setRun(f.engine.backend.get(), f.runId);
        f.panel.setTask(QStringLiteral("slow"));
        // While it runs, the newest line is in sight.
        QVERIFY(QTest::qWaitFor([&] { return f.panel.store()->lineCount() >= 10; }, 30000));
        QVERIFY(!f.panel.isFinished());
        QVERIFY(QTest::qWaitFor([&] { return f.panel.isFinished(); }, 30000));
        QCOMPARE(f.panel.store()->lineCount(), 60);
        QVERIFY(f.panel.view()->isFollowing());
        QCOMPARE(f.shownTexts().constLast(), QStringLiteral("tick 60"));
        QVERIFY(f.panel.statusText().contains(QStringLiteral("complete")));
    }

    void searchFindsAndCountsMatches()
    {
        Fixture f;
        f.start(workflow("      - {name: count, template: count}\n", shellTemplate("count", kCounting)));
        QVERIFY(f.showTask(QStringLiteral("count")));
        QCOMPARE(f.panel.store()->lineCount(), 300);
        f.panel.searchEdit()->setText(QStringLiteral("error"));
        f.panel.searchNow();
        QVERIFY(QTest::qWaitFor([&] { return !f.panel.search()->isSearching(); }, 10000));
        // Following, so the nearest match to the end is the current one.
        QCOMPARE(f.panel.view()->currentLine(), 299);
        QCOMPARE(f.panel.matchCountText(), QStringLiteral("30 of 30"));
        f.panel.findNext(); // around to the first
        QCOMPARE(f.panel.view()->currentLine(), 9);
        QCOMPARE(f.panel.matchCountText(), QStringLiteral("1 of 30"));
        QVERIFY(f.shownTexts().contains(QStringLiteral("ERROR in step 10")));
        f.panel.findPrevious();
        QCOMPARE(f.panel.view()->currentLine(), 299);
        // Case matters only when asked; a regular expression when asked.
        f.panel.findChild<QToolButton *>(QString(), Qt::FindChildrenRecursively); // (buttons exist)
        f.panel.searchEdit()->setText(QStringLiteral("line 1\\d$"));
        const auto buttons = f.panel.findChildren<QToolButton *>();
        const auto button = [&](const QString &text) {
            for (QToolButton *b : buttons)
                if (b->text() == text)
                    return b;
            return static_cast<QToolButton *>(nullptr);
        };
        button(QStringLiteral(".*"))->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return !f.panel.search()->isSearching(); }, 10000));
        QCOMPARE(f.panel.search()->count(), 9); // 11..19
        button(QStringLiteral("Only matching"))->setChecked(true);
        QCOMPARE(f.panel.view()->rowCount(), 9);
        QCOMPARE(f.shownTexts().constFirst(), QStringLiteral("line 11"));
        f.panel.searchEdit()->setText(QStringLiteral("Error"));
        button(QStringLiteral(".*"))->setChecked(false);
        button(QStringLiteral("Aa"))->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return !f.panel.search()->isSearching(); }, 10000));
        QCOMPARE(f.panel.matchCountText(), QStringLiteral("No matches"));
    }

    void followStopsWhenScrolledUpAndResumesAtTheEnd()
    {
        Fixture f;
        f.start(workflow("      - {name: slow, template: slow}\n", shellTemplate("slow", kSlow)));
        f.panel.resize(600, 200);
        f.panel.setRun(f.engine.backend.get(), f.runId);
        f.panel.setTask(QStringLiteral("slow"));
        LogView *view = f.panel.view();
        QVERIFY(QTest::qWaitFor([&] { return f.panel.store()->lineCount() >= 30; }, 30000));
        QVERIFY(view->isFollowing());
        wheel(view->viewport(), 240);
        QVERIFY(!view->isFollowing());
        const QStringList held = f.shownTexts();
        QVERIFY(QTest::qWaitFor([&] { return f.panel.isFinished(); }, 30000));
        QCOMPARE(f.shownTexts(), held); // the lines read stay put while new ones come
        QVERIFY(!f.shownTexts().contains(QStringLiteral("tick 60")));
        // Back at the end: following again.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(view->isFollowing());
        QCOMPARE(f.shownTexts().constLast(), QStringLiteral("tick 60"));
        wheel(view->viewport(), 120);
        QVERIFY(!view->isFollowing());
        QTest::keyClick(view, Qt::Key_End);
        QVERIFY(view->isFollowing());
    }

    void ansiColoursAreShownNotPrinted()
    {
        Fixture f;
        f.start(workflow("      - {name: colour, template: colour}\n", shellTemplate("colour", kAnsi)));
        QVERIFY(f.showTask(QStringLiteral("colour")));
        QCOMPARE(f.panel.store()->lineCount(), 2);
        QCOMPARE(f.panel.view()->lineText(0).mid(14), QStringLiteral("RED plain")); // after the time
        // The word is painted red.
        f.shownTexts();
        const QImage image = f.panel.view()->viewport()->grab().toImage();
        bool red = false;
        for (int y = 0; y < 20 && !red; ++y)
            for (int x = 0; x < image.width() && !red; ++x) {
                const QColor c = image.pixelColor(x, y);
                red = c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        QVERIFY(red);
        // And a search does not see the codes.
        f.panel.searchEdit()->setText(QStringLiteral("RED plain"));
        f.panel.searchNow();
        QVERIFY(QTest::qWaitFor([&] { return !f.panel.search()->isSearching(); }, 10000));
        QCOMPARE(f.panel.search()->count(), 1);
    }

    void selectingAnotherTaskSwitchesTheLog()
    {
        Fixture f;
        f.start(workflow("      - {name: first, template: a}\n      - {name: second, template: b, dependencies: [first]}\n",
                         shellTemplate("a", "echo from first; sleep 0.2; echo failing first >&2") + shellTemplate("b", "echo from second")));
        QVERIFY(f.showTask(QStringLiteral("first")));
        QCOMPARE(f.shownTexts(), (QStringList{QStringLiteral("from first"), QStringLiteral("failing first")}));
        QVERIFY(f.panel.store()->line(1).looksLikeError()); // stderr: highlighted
        QVERIFY(f.showTask(QStringLiteral("second")));
        QCOMPARE(f.shownTexts(), QStringList{QStringLiteral("from second")});
        // All tasks: interleaved by time, with the task in front.
        QVERIFY(f.engine.waitFinished(f.runId));
        QVERIFY(f.showTask(QString()));
        QCOMPARE(f.shownTexts(), (QStringList{QStringLiteral("from first"), QStringLiteral("failing first"), QStringLiteral("from second")}));
        QVERIFY(f.panel.view()->lineText(2).startsWith(QStringLiteral("second")));
        QVERIFY(f.panel.view()->lineText(0).startsWith(QStringLiteral("first")));
    }

    void savesTheLogAsShownAndMarksATime()
    {
        Fixture f;
        f.start(workflow("      - {name: colour, template: colour}\n", shellTemplate("colour", kAnsi)));
        QVERIFY(f.showTask(QStringLiteral("colour")));
        QSignalSpy saved(&f.panel, &LogsPanel::saved);
        const QString path = f.records.filePath(QStringLiteral("saved.txt"));
        f.panel.findChildren<QToolButton *>().at(0); // the toolbar is built
        f.panel.view()->setShowTimestamps(false);
        f.panel.saveTo(path);
        QVERIFY(saved.wait());
        QCOMPARE(saved.front().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("RED plain\nafter\n"));
        // Copy takes the selected lines as they read.
        f.panel.view()->selectLines(0, 1);
        QCOMPARE(f.panel.view()->selectedText(), QStringLiteral("RED plain\nafter"));
        // The chart's hover marks the line of that time.
        const QDateTime second = f.panel.store()->line(1).time;
        f.panel.markTime(second.addMSecs(1));
        QCOMPARE(f.panel.view()->markedLine(), 1);
    }
};

PS_TEST(LogsPanelTest)
#include "tst_logspanel.moc"
