#include "../client/fakerunbackend.h"
#include "comparisontablemodel.h"
#include "loghitsmodel.h"
#include "logrecorder.h"
#include "logstream.h"
#include "logsearchpanel.h"
#include "runcomparisondialog.h"
#include "runcomparisonview.h"
#include "insightdocks.h"
#include "mainwindow.h"
#include "rundocks.h"
#include "runmonitor.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "runsmodel.h"
#include "testregistry.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

RunSnapshot trainingRun(const QString &id, const QString &lr, const QDateTime &created)
{
    RunSnapshot s = pstest::runSnapshot(id, QStringLiteral("train-pipeline"), RunPhase::Succeeded, created);
    s.parameters.insert(QStringLiteral("lr"), lr);
    s.parameters.insert(QStringLiteral("epochs"), QStringLiteral("10"));
    RunNode train;
    train.id = train.name = QStringLiteral("train");
    train.phase = TaskPhase::Succeeded;
    train.startedAt = created;
    train.finishedAt = created.addSecs(30);
    s.nodes = {train};
    return s;
}

// A task's log that has ended empty.
class EndedLog : public LogStream
{
public:
    using LogStream::LogStream;
    bool isFinished() const override { return true; }
};

// A cluster backend whose tasks wrote nothing, so the main window's log panel can open them.
class SilentBackend : public pstest::FakeRunBackend
{
public:
    using FakeRunBackend::FakeRunBackend;
    LogStream *openLogStream(const QString &, const QString &, QObject *parent) override { return new EndedLog(parent); }
};

// The row of `model` whose first column says `label`, or -1.
int rowOf(const QAbstractItemModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == label)
            return row;
    return -1;
}

} // namespace

// Compare Runs and Search Logs, driven as a user would: tick runs and compare them; type a
// query and open a line found.
class InsightPanelsTest : public QObject
{
    Q_OBJECT

private slots:
    void comparingTwoRunsNamesTheParameterThatDiffered()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        pstest::FakeRunBackend argo(QStringLiteral("Argo"));
        pstest::FakeRunBackend local(QStringLiteral("Local"));
        argo.put(trainingRun(QStringLiteral("wf-old"), QStringLiteral("0.1"), t0));
        argo.put(trainingRun(QStringLiteral("wf-new"), QStringLiteral("0.1"), t0.addSecs(600)));
        local.put(trainingRun(QStringLiteral("run-7"), QStringLiteral("0.3"), t0.addSecs(1200)));
        local.put(pstest::runSnapshot(QStringLiteral("other"), QStringLiteral("another-pipeline"), RunPhase::Succeeded, t0.addSecs(1800)));
        RunsModel runs;
        runs.addBackend(&argo);
        runs.addBackend(&local);
        RunComparisonDialog dialog(&runs);
        dialog.resize(1000, 600);
        dialog.show();
        QCOMPARE(dialog.runList()->count(), 4);
        QPushButton *compareButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Compare"))
                compareButton = b;
        QVERIFY(compareButton);
        QVERIFY(!compareButton->isEnabled()); // nothing ticked yet
        // The newest two of the pipeline: one from each backend.
        dialog.tickNewest(QStringLiteral("train-pipeline"));
        QVERIFY(compareButton->isEnabled());
        QSignalSpy compared(&dialog, &RunComparisonDialog::compared);
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QVERIFY(!compared.isEmpty() || compared.wait(10000)); // nothing to fetch: at once
        ComparisonTableModel *parameters = dialog.view()->table(ComparisonTableModel::Section::Parameters);
        const int lr = rowOf(parameters, QStringLiteral("lr"));
        const int epochs = rowOf(parameters, QStringLiteral("epochs"));
        QVERIFY(lr >= 0 && epochs >= 0);
        QCOMPARE(parameters->columnCount(), 3); // the name, then a column per run
        QSet<QString> lrValues{parameters->index(lr, 1).data().toString(), parameters->index(lr, 2).data().toString()};
        QCOMPARE(lrValues, (QSet<QString>{QStringLiteral("0.1"), QStringLiteral("0.3")}));
        QVERIFY(parameters->differs(lr));
        QVERIFY(!parameters->differs(epochs));
        // Each task's phase and duration; train ran alike in both.
        ComparisonTableModel *tasks = dialog.view()->table(ComparisonTableModel::Section::Tasks);
        QVERIFY(tasks->rowCount() >= 1);
        // Only the differences: epochs goes, lr stays, and so do the tasks that ran alike.
        dialog.view()->onlyDifferences()->setChecked(true);
        QCOMPARE(rowOf(parameters, QStringLiteral("epochs")), -1);
        QVERIFY(rowOf(parameters, QStringLiteral("lr")) >= 0);
        QCOMPARE(tasks->rowCount(), 0);
    }

    void theTimelineFollowsTheRunOpenedAndSelectsItsTasks()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        SilentBackend argo(QStringLiteral("Argo"));
        RunSnapshot run = trainingRun(QStringLiteral("wf-1"), QStringLiteral("0.1"), t0);
        RunNode evaluate;
        evaluate.id = evaluate.name = QStringLiteral("evaluate");
        evaluate.phase = TaskPhase::Failed;
        evaluate.pendingSince = t0.addSecs(30);
        evaluate.startedAt = t0.addSecs(40);
        evaluate.finishedAt = t0.addSecs(60);
        run.nodes.append(evaluate);
        argo.put(run);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.runDocks()->runs()->addBackend(&argo);
        TimelineView *timeline = window.insightDocks()->timeline()->view();
        QVERIFY(timeline->rows().rows().isEmpty());
        window.runDocks()->openRun(&argo, QStringLiteral("wf-1"));
        QTRY_COMPARE(timeline->rows().rows().size(), 2);
        // A click on evaluate's bar selects it in the run docks too.
        QSignalSpy selected(window.runDocks()->monitor(), &RunMonitor::nodeSelected);
        const int row = timeline->rows().rowOf(QStringLiteral("evaluate"));
        QVERIFY(row >= 0);
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barRect(row).center());
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).toString(), QStringLiteral("evaluate"));
        // The run changes: the timeline follows.
        run.nodes[1].phase = TaskPhase::Succeeded;
        RunNode report;
        report.id = report.name = QStringLiteral("report");
        report.phase = TaskPhase::Running;
        report.startedAt = t0.addSecs(70);
        run.nodes.append(report);
        argo.put(run);
        QTRY_COMPARE(timeline->rows().rows().size(), 3);
    }

    void searchFindsALineAcrossRunsAndOpensIt()
    {
        pstest::FakeRunBackend argo(QStringLiteral("Argo"));
        argo.put(trainingRun(QStringLiteral("wf-1"), QStringLiteral("0.1"), QDateTime::currentDateTimeUtc()));
        argo.put(trainingRun(QStringLiteral("wf-2"), QStringLiteral("0.2"), QDateTime::currentDateTimeUtc()));
        QTemporaryDir recordings;
        QTemporaryDir index;
        // Both runs' train logs were recorded; only the second ran out of memory, on line 3.
        for (const QString &run : {QStringLiteral("wf-1"), QStringLiteral("wf-2")}) {
            const QString path = LogRecorder::recordingPath(recordings.path(), QStringLiteral("Argo"), run, QStringLiteral("train"));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("2026-01-01T00:00:00.000Z\tstdout\tloading data\n"
                       "2026-01-01T00:00:01.000Z\tstdout\tepoch 1 loss 0.9\n");
            if (run == QStringLiteral("wf-2"))
                file.write("2026-01-01T00:00:02.000Z\tstderr\tCUDA out of memory\n");
        }
        RunsModel runs;
        runs.addBackend(&argo);
        LogSearchPanel panel(&runs);
        panel.setRecordDir(recordings.path());
        panel.setIndexDir(index.path());
        panel.resize(800, 400);
        panel.show();
        QTest::keyClicks(panel.queryEdit(), QStringLiteral("out of memory"));
        QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && panel.hits()->rowCount() > 0, 10000);
        QCOMPARE(panel.hits()->rowCount(), 1);
        QCOMPARE(panel.hits()->index(0, LogHitsModel::RunColumn).data().toString(), QStringLiteral("wf-2"));
        QVERIFY(panel.hits()->index(0, LogHitsModel::LineColumn).data().toString().contains(QStringLiteral("CUDA out of memory")));
        QVERIFY(panel.statusText().contains(QStringLiteral("1 line")));
        // Opening the line asks for that run's log at that line.
        QSignalSpy opened(&panel, &LogSearchPanel::hitOpened);
        const QModelIndex first = panel.results()->model()->index(0, 0);
        panel.results()->setCurrentIndex(first);
        QTest::keyClick(panel.results(), Qt::Key_Enter);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).toString(), QStringLiteral("wf-2"));
        QCOMPARE(opened.first().at(2).toString(), QStringLiteral("train"));
        QCOMPARE(opened.first().at(3).toLongLong(), qint64(2));
        // A second query while nothing else runs replaces the results.
        panel.queryEdit()->setText(QStringLiteral("epoch 1"));
        QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && panel.hits()->rowCount() == 2, 10000);
    }
};

PS_TEST(InsightPanelsTest)
#include "tst_insightpanels.moc"
