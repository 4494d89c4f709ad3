#include "../client/enginetesting.h"
#include "artifactlistmodel.h"
#include "artifactpreviewwidget.h"
#include "artifactspanel.h"
#include "logspanel.h"
#include "logstore.h"
#include "mainwindow.h"
#include "nodedetailsview.h"
#include "phasestyle.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "rundetailspanel.h"
#include "rundialog.h"
#include "rundocks.h"
#include "rungraphpanel.h"
#include "runlauncher.h"
#include "runmonitor.h"
#include "runnodesmodel.h"
#include "runsfiltermodel.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "taskitem.h"
#include "testregistry.h"
#include "validatedlineedit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace ps;

namespace {

const QByteArray kBroken = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: broken-}
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - {name: prepare, template: ok}
      - {name: crash, template: fail, dependencies: [prepare]}
  - name: ok
    container: {image: busybox, command: [sh, -c, "echo ready"]}
  - name: fail
    container: {image: busybox, command: [sh, -c, "echo broken >&2; exit 3"]}
)";

QString examplePath() { return QStringLiteral(":/examples/iris-two-models.pstudio.yaml"); }

TaskItem *itemNamed(RunGraphPanel *graph, const QString &name)
{
    const Graph *g = graph->scene()->document()->pipeline().graph(graph->scene()->graphKey());
    const Task *task = g ? g->taskByName(name) : nullptr;
    return task ? graph->scene()->taskItem(task->id) : nullptr;
}

QStringList tableColumn(QAbstractItemModel *model, int column)
{
    QStringList list;
    for (int r = 0; r < model->rowCount(); ++r)
        list << model->index(r, column).data().toString();
    return list;
}

} // namespace

class RunPanelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<pstest::Engine> m_engine;
    QString m_firstRun;

    void waitFinished(const QString &runId)
    {
        QVERIFY2(m_engine->waitFinished(runId, 180000), qPrintable(runId));
    }

private slots:
    void initTestCase()
    {
        pstest::preferSystemPython();
        m_engine = std::make_unique<pstest::Engine>();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->backend->isReady(), 30000);
    }

    void runFromTheEditorIsFollowedToTheEnd()
    {
        MainWindow window;
        RunDocks *docks = window.runDocks();
        docks->runs()->addBackend(m_engine->backend.get());
        QVERIFY(window.openFile(examplePath()));
        window.show();

        bool askedToTrust = false;
        docks->launcher()->setDialogHook([&](RunDialog *dialog) {
            askedToTrust = dialog->trustBox()->isVisibleTo(dialog);
            QVERIFY(!dialog->problem().isEmpty());        // Run stays disabled until the commands are confirmed
            dialog->trustBox()->setChecked(true);
            QVERIFY(dialog->problem().isEmpty());
            dialog->accept();
        });
        QVERIFY(docks->runAction()->isEnabled());
        docks->runAction()->trigger();
        QVERIFY(askedToTrust);
        m_firstRun = docks->monitor()->runId();
        QVERIFY(!m_firstRun.isEmpty());

        // The graph follows: some task is seen running (pulsing blue) before the end.
        RunGraphPanel *graph = docks->graphPanel();
        QTRY_VERIFY_WITH_TIMEOUT(graph->stateOf(QStringLiteral("load-data")).phase == TaskPhase::Running
                                     || graph->stateOf(QStringLiteral("train-tree")).phase != TaskPhase::Pending,
                                 60000);
        waitFinished(m_firstRun);
        for (const QString &task : {QStringLiteral("load-data"), QStringLiteral("train-tree"), QStringLiteral("score-logreg"),
                                    QStringLiteral("show-results")}) {
            QTRY_COMPARE(ps::toString(graph->stateOf(task).phase), ps::toString(TaskPhase::Succeeded));
            QCOMPARE(itemNamed(graph, task)->stateColour(), PhaseStyle::colour(TaskPhase::Succeeded));
        }
        QVERIFY(graph->stateOf(QStringLiteral("train-tree")).summary(QDateTime::currentDateTimeUtc()).startsWith(QStringLiteral("Succeeded · ")));

        // The runs table shows it, succeeded, at the top.
        QTableView *table = docks->runsPanel()->table();
        QTRY_COMPARE(table->model()->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(table->model()->index(0, RunsModel::NameColumn).data(RunsModel::RunIdRole).toString(), m_firstRun);

        // The tree lists every task; the details show what one did.
        RunDetailsPanel *details = docks->detailsPanel();
        QTRY_VERIFY(details->model()->indexOf(QStringLiteral("show-results")).isValid());
    }

    void selectingATaskSwitchesDetailsAndArtifacts()
    {
        MainWindow window;
        RunDocks *docks = window.runDocks();
        docks->runs()->addBackend(m_engine->backend.get());
        window.show();
        QVERIFY(!m_firstRun.isEmpty());
        docks->openRun(m_engine->backend.get(), m_firstRun);
        RunGraphPanel *graph = docks->graphPanel();
        ArtifactsPanel *artifacts = docks->artifactsPanel();
        QTRY_VERIFY(artifacts->model()->rowCount() >= 5);   // the whole run: datasets, models, metrics

        // Click on score-tree in the graph: details, tree and artifacts follow.
        graph->scene()->selectTasks({graph->scene()->document()->pipeline().root.taskByName(QStringLiteral("score-tree"))->id});
        QCOMPARE(docks->monitor()->nodeId(), QStringLiteral("score-tree"));
        QCOMPARE(docks->detailsPanel()->selectedNode(), QStringLiteral("score-tree"));
        QVERIFY(docks->detailsPanel()->details()->toPlainText().contains(QStringLiteral("accuracy")));
        QVERIFY(docks->detailsPanel()->details()->toPlainText().contains(QStringLiteral("python")));   // the command run
        QTRY_COMPARE(tableColumn(artifacts->model(), ArtifactListModel::NameColumn), QStringList{QStringLiteral("metrics")});
        // The logs follow the selection: score-tree's one line, "accuracy: …".
        LogsPanel *logs = docks->logsPanel();
        QCOMPARE(logs->task(), QStringLiteral("score-tree"));
        QTRY_COMPARE(logs->store()->lineCount(), 1);
        QVERIFY(logs->store()->line(0).text.startsWith(QStringLiteral("accuracy: ")));
        QTRY_COMPARE(artifacts->preview()->currentPage(), QStringLiteral("table"));
        QAbstractItemModel *metrics = artifacts->preview()->tableView()->model();
        QCOMPARE(metrics->index(0, 0).data().toString(), QStringLiteral("accuracy"));
        QVERIFY(metrics->index(0, 1).data().toString().endsWith(QStringLiteral(" %")));

        // Selecting in the tree moves the graph's selection too; datasets preview as tables.
        docks->detailsPanel()->tree()->setCurrentIndex(docks->detailsPanel()->model()->indexOf(QStringLiteral("load-data")));
        QCOMPARE(docks->monitor()->nodeId(), QStringLiteral("load-data"));
        QCOMPARE(graph->scene()->selectedTaskIds().size(), 1);
        QCOMPARE(itemNamed(graph, QStringLiteral("load-data"))->isSelected(), true);
        QTRY_COMPARE(tableColumn(artifacts->model(), ArtifactListModel::NameColumn).size(), 2);
        QStringList datasets = tableColumn(artifacts->model(), ArtifactListModel::NameColumn);
        datasets.sort();
        QCOMPARE(datasets, (QStringList{QStringLiteral("test"), QStringLiteral("train")}));
        QTRY_COMPARE(artifacts->preview()->currentPage(), QStringLiteral("table"));
        QCOMPARE(artifacts->preview()->tableView()->model()->columnCount(), 5);   // four features and the label

        // A trained model is binary: said so, not dumped.
        docks->detailsPanel()->tree()->setCurrentIndex(docks->detailsPanel()->model()->indexOf(QStringLiteral("train-tree")));
        QTRY_COMPARE(artifacts->preview()->currentPage(), QStringLiteral("message"));
        QTRY_VERIFY(artifacts->preview()->messageText().startsWith(QStringLiteral("Binary data")));

        // Save As writes the artifact where the user chose.
        QTemporaryDir target;
        QSignalSpy saved(artifacts, &ArtifactsPanel::saved);
        artifacts->saveSelectedTo(target.filePath(QStringLiteral("model.pkl")));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toString(), QString());
        QVERIFY(QFileInfo(target.filePath(QStringLiteral("model.pkl"))).size() > 100);
    }

    void cloneRerunsWithEditedParameters()
    {
        MainWindow window;
        RunDocks *docks = window.runDocks();
        docks->runs()->addBackend(m_engine->backend.get());
        RunsPanel *runs = docks->runsPanel();
        runs->selectRun(m_engine->backend.get(), m_firstRun);
        QVERIFY(runs->cloneAction()->isEnabled());
        bool trustAsked = true;
        docks->launcher()->setDialogHook([&](RunDialog *dialog) {
            trustAsked = dialog->trustBox()->isVisibleTo(dialog);    // same pipeline: trusted already
            QCOMPARE(dialog->parameterField(QStringLiteral("seed"))->text(), QStringLiteral("42"));
            dialog->parameterField(QStringLiteral("seed"))->setText(QStringLiteral("x7"));
            QVERIFY(dialog->problem().contains(QStringLiteral("seed")));   // refused at the field
            QVERIFY(!dialog->parameterField(QStringLiteral("seed"))->problem().isEmpty());
            dialog->parameterField(QStringLiteral("seed"))->setText(QStringLiteral("7"));
            dialog->cachingBox()->setChecked(false);
            QVERIFY(dialog->problem().isEmpty());
            dialog->accept();
        });
        runs->cloneAction()->trigger();
        QVERIFY(!trustAsked);
        const QString clone = docks->monitor()->runId();
        QVERIFY(!clone.isEmpty() && clone != m_firstRun);
        const std::optional<RunSnapshot> s = m_engine->backend->snapshot(clone);
        QVERIFY(s);
        QCOMPARE(s->parameters.value(QStringLiteral("seed")), QStringLiteral("7"));
        QVERIFY(!s->cachingEnabled);
        QTRY_COMPARE(runs->table()->model()->index(0, RunsModel::NameColumn).data(RunsModel::RunIdRole).toString(), clone);
        waitFinished(clone);
    }

    void failedRunsAreFilteredRetriedAndDeleted()
    {
        const QString id = m_engine->submit(pstest::pipelineFromYaml(kBroken));
        waitFinished(id);
        MainWindow window;
        RunDocks *docks = window.runDocks();
        docks->runs()->addBackend(m_engine->backend.get());
        docks->openRun(m_engine->backend.get(), id);
        RunGraphPanel *graph = docks->graphPanel();
        QCOMPARE(ps::toString(graph->stateOf(QStringLiteral("crash")).phase), ps::toString(TaskPhase::Failed));
        QCOMPARE(itemNamed(graph, QStringLiteral("crash"))->stateColour(), PhaseStyle::colour(TaskPhase::Failed));
        QCOMPARE(itemNamed(graph, QStringLiteral("prepare"))->stateColour(), PhaseStyle::colour(TaskPhase::Succeeded));

        RunsPanel *runs = docks->runsPanel();
        runs->statusFilter()->setCurrentIndex(runs->statusFilter()->findText(QStringLiteral("Failed")));
        QCOMPARE(runs->table()->model()->rowCount(), 1);
        QCOMPARE(runs->table()->model()->index(0, 0).data(RunsModel::RunIdRole).toString(), id);
        runs->selectRun(m_engine->backend.get(), id);
        QVERIFY(runs->retryAction()->isEnabled());
        QVERIFY(runs->deleteAction()->isEnabled());
        QVERIFY(!runs->cancelAction()->isEnabled());
        runs->statusFilter()->setCurrentIndex(0);
        runs->nameFilter()->setText(QStringLiteral("broken"));
        QCOMPARE(runs->table()->model()->rowCount(), 1);

        runs->deleteRun(m_engine->backend.get(), id);
        QTRY_COMPARE(runs->table()->model()->rowCount(), 0);
        QVERIFY(!m_engine->backend->snapshot(id));
        QVERIFY(graph->runId().isEmpty());   // the open run went away with it
    }

    void previewsPickAViewPerKind()
    {
        QTemporaryDir dir;
        ArtifactPreviewWidget widget;
        auto show = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            widget.showPreview(ArtifactPreview::load(f.fileName()));
        };
        show(QStringLiteral("config.json"), R"({"a": 1})");
        QCOMPARE(widget.currentPage(), QStringLiteral("text"));
        QCOMPARE(widget.textView()->toPlainText(), QStringLiteral("{\"a\": 1}"));
        // The key is coloured differently from the number.
        const QTextBlock block = widget.textView()->document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QVERIFY(formats.size() >= 2);
        show(QStringLiteral("table.tsv"), "a\tb\n1\t2\n");
        QCOMPARE(widget.currentPage(), QStringLiteral("table"));
        QCOMPARE(widget.tableView()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(dir.filePath(QStringLiteral("plot.png"))));
        widget.showPreview(ArtifactPreview::load(dir.filePath(QStringLiteral("plot.png"))));
        QCOMPARE(widget.currentPage(), QStringLiteral("image"));
        QVERIFY(!widget.imageLabel()->pixmap().isNull());
    }
};

PS_TEST(RunPanelsTest)
#include "tst_runpanels.moc"
