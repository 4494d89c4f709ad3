// The first start: a new user sees palette, canvas and properties; empty panels say what
// they are for; a first run brings the run panels, its graph filling its dock and charts
// tall enough to read; parameters say their type in words.
#include "../client/enginetesting.h"
#include "emptyhint.h"
#include "mainwindow.h"
#include "monitoringdocks.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "resourcespanel.h"
#include "rundialog.h"
#include "rundocks.h"
#include "rungraphpanel.h"
#include "runlauncher.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "testregistry.h"
#include "timeserieschart.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace ps;

namespace {

QDockWidget *dock(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QString::fromLatin1(name));
}

} // namespace

class FirstStartTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<pstest::Engine> m_engine;

private slots:
    void initTestCase()
    {
        pstest::preferSystemPython();
        m_engine = std::make_unique<pstest::Engine>();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->backend->isReady(), 30000);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("window"));  // no saved layout: a first start
    }

    void newUserSeesPaletteCanvasAndProperties()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : {"PaletteDock", "PropertiesDock", "ProblemsDock"})
            QVERIFY2(dock(window, name)->isVisible(), name);
        for (const char *name : {"RunGraphDock", "TaskDetailsDock", "LogsDock", "ArtifactsDock", "ResourcesDock", "PromQlDock"})
            QVERIFY2(dock(window, name)->isHidden(), name);
        // The canvas has most of the width.
        QVERIFY2(window.centralWidget()->width() >= window.width() / 2, qPrintable(QString::number(window.centralWidget()->width())));
        // A list with nothing in it says what it is for.
        for (const char *name : {"RunsDock", "SchedulesDock", "TaskDetailsDock", "ArtifactsDock"}) {
            QDockWidget *d = dock(window, name);
            d->show();
            d->raise();
            const QList<EmptyHint *> hints = d->findChildren<EmptyHint *>();
            QVERIFY2(!hints.isEmpty(), name);
            QTRY_VERIFY2(hints.front()->isVisible(), name);
            QVERIFY(hints.front()->text().size() > 40);
        }
    }

    void firstRunBringsTheRunPanelsSizedToRead()
    {
        MainWindow window;
        RunDocks *docks = window.runDocks();
        docks->runs()->addBackend(m_engine->backend.get());
        QVERIFY(window.openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        docks->launcher()->setDialogHook([](RunDialog *dialog) {
            dialog->trustBox()->setChecked(true);
            dialog->accept();
        });
        docks->runAction()->trigger();
        const QString runId = docks->monitor()->runId();
        QVERIFY(!runId.isEmpty());
        QVERIFY(m_engine->waitFinished(runId, 180000));

        for (const char *name : {"RunGraphDock", "TaskDetailsDock", "LogsDock", "ArtifactsDock", "ResourcesDock"})
            QTRY_VERIFY2(!dock(window, name)->isHidden(), name);
        // The run graph fills its dock: every task in view, the graph spanning most of it.
        RunGraphPanel *graph = docks->graphPanel();
        QTRY_VERIFY(graph->isVisible());
        PipelineView *view = graph->findChild<PipelineView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->viewport()->rect().contains(view->mapFromScene(view->pipelineScene()->tasksRect()).boundingRect()), 5000);
        const QRect shown = view->mapFromScene(view->pipelineScene()->tasksRect()).boundingRect();
        const QRect port = view->viewport()->rect();
        QVERIFY2(shown.width() >= port.width() * 6 / 10 || shown.height() >= port.height() * 6 / 10,
                 qPrintable(QStringLiteral("graph %1x%2 in %3x%4").arg(shown.width()).arg(shown.height()).arg(port.width()).arg(port.height())));

        // The charts: tall enough for their value labels, or their legend beside the plot.
        QDockWidget *resources = dock(window, "ResourcesDock");
        resources->raise();
        for (TimeSeriesChart *chart : window.monitoringDocks()->resources()->findChildren<TimeSeriesChart *>()) {
            if (!chart->isVisibleTo(resources))
                continue;
            QTRY_VERIFY(chart->isVisible());
            // Room for the plot, and value labels that do not run into each other.
            QVERIFY2(chart->plotRect().height() >= 3 * chart->fontMetrics().height(),
                     qPrintable(QStringLiteral("%1x%2").arg(chart->width()).arg(chart->height())));
            const QList<std::pair<QRect, double>> labels = chart->valueLabels();
            for (qsizetype i = 1; i < labels.size(); ++i)
                QVERIFY(!labels[i].first.intersects(labels[i - 1].first));
        }
    }

    void parametersSayTheirTypeInWords()
    {
        pstest::Engine engine;
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(":/examples/iris-random-forest-gate.pstudio.yaml")));
        RunDialog dialog(window.document()->pipeline(), {engine.backend.get()}, &window);
        QStringList labels;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("baseline (decimal number):")), qPrintable(labels.join(u'|')));
    }
};

PS_TEST(FirstStartTest)
#include "tst_firstlayout.moc"
