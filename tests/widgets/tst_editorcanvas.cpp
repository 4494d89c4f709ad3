#include "canvasactions.h"
#include "documentfiles.h"
#include "editorfixture.h"
#include "movetaskscommand.h"
#include "palettemodel.h"
#include "palettewidget.h"
#include "setbindingcommand.h"
#include "testdata.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace ps;
using namespace pstest;

namespace {

QModelIndex paletteEntry(PaletteModel *model, const QString &name)
{
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex category = model->index(c, 0);
        for (int r = 0; r < model->rowCount(category); ++r) {
            const QModelIndex entry = model->index(r, 0, category);
            if (entry.data().toString() == name)
                return entry;
        }
    }
    return {};
}

// Whether `colour` is at `at` or one of its neighbours (a 1 px line may fall either side).
bool colourNear(const QImage &image, QPoint at, const QColor &colour)
{
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx)
            if (image.pixelColor(at + QPoint(dx, dy)) == colour)
                return true;
    return false;
}

TaskItem *itemOf(MainWindow &w, TaskId id)
{
    return w.scene()->taskItem(id);
}

Edge edgeInto(MainWindow &w, const QString &task, const QString &port)
{
    const Task *t = taskNamed(w.document(), task);
    const Binding b = t->inputs.value(port);
    return Edge{b.task, b.output, t->id, port};
}

} // namespace

// The canvas as a user drives it: drops, connections, deletion, clipboard, layout.
class EditorCanvasTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &openExample()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
        [&] { QVERIFY(m_window->openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml"))); }();
        m_window->view()->setZoom(1.0);
        return *m_window;
    }

private slots:
    void cleanup()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();  // no save prompt on close
        m_window.reset();
    }

    void paletteModelIsAProperTree()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 3);
        const QModelIndex train = paletteEntry(&model, QStringLiteral("Train classifier"));
        QVERIFY(train.isValid());
        QVERIFY(!train.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(train.parent().data().toString(), QStringLiteral("Iris"));
    }

    void droppingAPaletteEntryAddsTheTaskWhereItLands()
    {
        MainWindow &w = openExample();
        auto *model = w.palette()->model();
        const QModelIndex entry = paletteEntry(model, QStringLiteral("Train classifier"));
        std::unique_ptr<QMimeData> mime(model->mimeData({entry}));
        QVERIFY(mime);
        const QPoint at(300, 500);
        QVERIFY(dropOnCanvas(w.view(), mime.get(), at));
        QCOMPARE(w.document()->pipeline().root.size(), 7);
        const Task &added = w.document()->pipeline().root.tasks().back();
        QCOMPARE(added.name, QStringLiteral("train-classifier"));
        QCOMPARE(added.component, QStringLiteral("train-classifier"));
        // The node is centred on the drop point, horizontally, with its header under the pointer.
        const QPointF dropped = w.view()->mapToScene(at);
        QVERIFY(w.scene()->taskItem(added.id)->sceneBoundingRect().contains(dropped));
        QCOMPARE(w.scene()->selectedTaskIds(), QList<TaskId>{added.id});
        // The drop is one undo step.
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->pipeline().root.size(), 6);
        QVERIFY(!w.scene()->taskItem(added.id));
    }

    void doubleClickOnAPaletteEntryAddsItAtTheCentre()
    {
        MainWindow &w = openExample();
        QSignalSpy added(w.document(), &PipelineDocument::taskAdded);
        const QModelIndex entry = paletteEntry(w.palette()->model(), QStringLiteral("Deploy model"));
        auto *proxy = w.palette()->view()->model();
        QModelIndex shown;
        for (int c = 0; c < proxy->rowCount() && !shown.isValid(); ++c)
            for (int r = 0; r < proxy->rowCount(proxy->index(c, 0)); ++r)
                if (proxy->index(r, 0, proxy->index(c, 0)).data() == entry.data())
                    shown = proxy->index(r, 0, proxy->index(c, 0));
        emit w.palette()->view()->activated(shown);  // what a double-click or Enter does
        QCOMPARE(added.count(), 1);
        const QPointF centre = w.view()->mapToScene(w.view()->viewport()->rect().center());
        const Task &task = w.document()->pipeline().root.tasks().back();
        QVERIFY(QLineF(*task.position, centre).length() < 800);
    }

    void searchFiltersThePalette()
    {
        MainWindow &w = openExample();
        w.palette()->setFilterText(QStringLiteral("regressor"));
        auto *proxy = w.palette()->view()->model();
        int shown = 0;
        for (int c = 0; c < proxy->rowCount(); ++c)
            shown += proxy->rowCount(proxy->index(c, 0));
        QCOMPARE(shown, 2);  // Train SGD regressor, Evaluate regressor
    }

    void draggingFromAnOutputToACompatibleInputConnects()
    {
        MainWindow &w = openExample();
        const Task *train = taskNamed(w.document(), QStringLiteral("train-tree"));
        const Task *load = taskNamed(w.document(), QStringLiteral("load-data"));
        w.document()->push(SetBindingCommand::disconnect(w.document(), QString(), train->id, QStringLiteral("train")));
        const int edgesBefore = w.scene()->edgeCount();
        TaskItem *from = w.scene()->taskItem(load->id);
        TaskItem *to = w.scene()->taskItem(train->id);
        dragOnCanvas(w.view(), from->outputPortPos(from->look().outputIndex(QStringLiteral("train"))),
                     to->inputPortPos(to->look().inputIndex(QStringLiteral("train"))));
        const Binding bound = taskNamed(w.document(), QStringLiteral("train-tree"))->inputs.value(QStringLiteral("train"));
        QCOMPARE(bound.kind, Binding::Kind::TaskOutput);
        QCOMPARE(bound.task, load->id);
        QCOMPARE(bound.output, QStringLiteral("train"));
        QCOMPARE(w.scene()->edgeCount(), edgesBefore + 1);
    }

    void aForbiddenConnectionIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("fromTask");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("toTask");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("input already fed") << "load-data" << "test" << "train-tree" << "train" << "already fed";
        QTest::newRow("cycle") << "show-results" << "result" << "train-tree" << "algorithm" << "cycle";
        QTest::newRow("file into value") << "score-tree" << "metrics" << "train-tree" << "algorithm" << "";
    }

    void aForbiddenConnectionIsRefusedWithTheReason()
    {
        QFETCH(QString, fromTask);
        QFETCH(QString, output);
        QFETCH(QString, toTask);
        QFETCH(QString, input);
        QFETCH(QString, reason);
        MainWindow &w = openExample();
        const Pipeline before = w.document()->pipeline();
        QSignalSpy hints(w.scene(), &PipelineScene::connectionHint);
        TaskItem *from = itemNamed(w, fromTask);
        TaskItem *to = itemNamed(w, toTask);
        dragOnCanvas(w.view(), from->outputPortPos(from->look().outputIndex(output)), to->inputPortPos(to->look().inputIndex(input)));
        QVERIFY(!hints.isEmpty());
        const QString said = hints.last().at(0).toString();
        QVERIFY2(!said.isEmpty(), "the user must be told why");
        if (!reason.isEmpty())
            QVERIFY2(said.contains(reason), qPrintable(said));
        QVERIFY(w.statusBar()->currentMessage().contains(said));
        QCOMPARE(w.document()->pipeline(), before);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void deletingATaskThenUndoRestoresItAndItsEdges()
    {
        MainWindow &w = openExample();
        const int edges = w.scene()->edgeCount();
        const Pipeline before = w.document()->pipeline();
        itemNamed(w, QStringLiteral("train-tree"))->setSelected(true);
        w.canvasActions()->deleteAction()->trigger();
        QCOMPARE(w.document()->pipeline().root.size(), 5);
        QVERIFY(w.scene()->edgeCount() < edges);
        QCOMPARE(taskNamed(w.document(), QStringLiteral("score-tree"))->inputs.value(QStringLiteral("model")).kind,
                 Binding::Kind::None);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->pipeline(), before);
        QCOMPARE(w.scene()->edgeCount(), edges);
        QVERIFY(itemNamed(w, QStringLiteral("train-tree")));
    }

    void aSelectedEdgeCanBeDeleted()
    {
        MainWindow &w = openExample();
        const int edges = w.scene()->edgeCount();
        TaskItem *score = itemNamed(w, QStringLiteral("score-tree"));
        // Click the middle of the edge feeding score-tree's model input.
        const QPointF end = score->inputPortPos(score->look().inputIndex(QStringLiteral("model")));
        // Well away from every edge and task, a click selects nothing.
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(w.view(), end + QPointF(0, 60)));
        QVERIFY(w.scene()->selectedEdges().isEmpty());
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(w.view(), end - QPointF(12, 0)));
        QCOMPARE(w.scene()->selectedEdges().size(), 1);
        QCOMPARE(w.scene()->selectedEdges().first().toPort, QStringLiteral("model"));
        // The selected edge is drawn in the highlight colour.
        QVERIFY(colourNear(w.view()->viewport()->grab().toImage(), onScreen(w.view(), end - QPointF(12, 0)),
                           QApplication::palette().color(QPalette::Highlight)));
        // Clicking a task moves the selection to it.
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(w.view(), score->sceneBoundingRect().center()));
        QVERIFY(w.scene()->selectedEdges().isEmpty());
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(w.view(), end - QPointF(12, 0)));
        QCOMPARE(w.scene()->selectedTaskIds(), QList<TaskId>{});
        w.canvasActions()->deleteAction()->trigger();
        QCOMPARE(w.scene()->edgeCount(), edges - 1);
        QCOMPARE(taskNamed(w.document(), QStringLiteral("score-tree"))->inputs.value(QStringLiteral("model")).kind,
                 Binding::Kind::None);
    }

    void copyPasteKeepsEdgesAmongTheCopiesAndWorksAcrossWindows()
    {
        MainWindow &w = openExample();
        w.scene()->selectTasks({taskNamed(w.document(), QStringLiteral("train-tree"))->id,
                                taskNamed(w.document(), QStringLiteral("score-tree"))->id});
        w.canvasActions()->copyAction()->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("train-tree")));
        w.canvasActions()->pasteAction()->trigger();
        QCOMPARE(w.document()->pipeline().root.size(), 8);
        const Task *trainCopy = taskNamed(w.document(), QStringLiteral("train-tree-2"));
        const Task *scoreCopy = taskNamed(w.document(), QStringLiteral("score-tree-2"));
        QVERIFY(trainCopy && scoreCopy);
        QCOMPARE(scoreCopy->inputs.value(QStringLiteral("model")).task, trainCopy->id);
        // The edge from load-data was left behind: the copy's input is free.
        QCOMPARE(trainCopy->inputs.value(QStringLiteral("train")).kind, Binding::Kind::None);
        QCOMPARE(w.scene()->selectedTaskIds().size(), 2);

        MainWindow other;
        other.files()->newDocument();
        other.canvasActions()->pasteAction()->trigger();
        QCOMPARE(other.document()->pipeline().root.size(), 2);
        QVERIFY(other.document()->pipeline().component(QStringLiteral("train-classifier")));
        other.document()->undoStack()->setClean();
    }

    void duplicateAddsCopiesBesideTheOriginals()
    {
        MainWindow &w = openExample();
        itemNamed(w, QStringLiteral("load-data"))->setSelected(true);
        w.canvasActions()->duplicateAction()->trigger();
        const Task *copy = taskNamed(w.document(), QStringLiteral("load-data-2"));
        QVERIFY(copy);
        QCOMPARE(*copy->position, *taskNamed(w.document(), QStringLiteral("load-data"))->position + QPointF(40, 40));
        QCOMPARE(w.document()->undoStack()->count(), 1);
    }

    void movingTasksIsOneUndoStep()
    {
        MainWindow &w = openExample();
        TaskItem *item = itemNamed(w, QStringLiteral("load-data"));
        const QPointF before = item->pos();
        const QPointF grab = item->mapToScene(QPointF(60, 10));
        dragOnCanvas(w.view(), grab, grab + QPointF(120, 80));
        QCOMPARE(*taskNamed(w.document(), QStringLiteral("load-data"))->position, before + QPointF(120, 80));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(item->pos(), before);
    }

    void autoLayoutLeavesNoOverlapsAndIsOneUndoStep()
    {
        MainWindow &w = openExample();
        // Pile every task onto one spot, as a file without positions would be.
        QHash<TaskId, QPointF> pile;
        for (const Task &t : w.document()->pipeline().root.tasks())
            pile.insert(t.id, QPointF(0, 0));
        w.document()->push(new MoveTasksCommand(w.document(), QString(), pile));
        QSignalSpy done(w.canvasActions(), &CanvasActions::layoutFinished);
        w.canvasActions()->layoutAction()->trigger();
        QVERIFY(done.wait(20000));
        QList<QRectF> rects;
        for (const Task &t : w.document()->pipeline().root.tasks())
            rects.append(w.scene()->taskItem(t.id)->look().geometry.rect().translated(*t.position));
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("tasks %1 and %2 overlap").arg(i).arg(j)));
        // Left to right: load-data before the trainers before the scorers.
        QVERIFY(taskNamed(w.document(), QStringLiteral("load-data"))->position->x()
                < taskNamed(w.document(), QStringLiteral("train-tree"))->position->x());
        QCOMPARE(w.document()->undoStack()->count(), 2);
        w.document()->undoStack()->undo();
        QCOMPARE(*taskNamed(w.document(), QStringLiteral("score-tree"))->position, QPointF(0, 0));
    }

    void farOutTheGraphIsSketchedAndStaysSelectable()
    {
        MainWindow &w = openExample();
        w.view()->setZoom(0.2);
        QVERIFY(w.scene()->isSketchMode());
        TaskItem *item = itemNamed(w, QStringLiteral("train-tree"));
        const QPointF centre = item->sceneBoundingRect().center();
        w.view()->centreOn(centre);
        const QPoint at = onScreen(w.view(), centre);
        // The task is a block in the sketch colour, drawn in one batch with the others.
        const QImage shot = w.view()->viewport()->grab().toImage();
        QCOMPARE(shot.pixelColor(at), QColor(0x78, 0x90, 0x9c));
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(w.scene()->selectedTaskIds(), QList<TaskId>{item->id()});
        QCOMPARE(w.view()->viewport()->grab().toImage().pixelColor(at), QColor(0x19, 0x76, 0xd2));
        // Edges are sketched as straight lines: the middle of load-data → train-tree is drawn.
        const Edge feed = edgeInto(w, QStringLiteral("train-tree"), QStringLiteral("train"));
        const QPointF middle = (itemOf(w, feed.from)->outputPortPos(itemOf(w, feed.from)->look().outputIndex(feed.fromPort))
                                + item->inputPortPos(item->look().inputIndex(feed.toPort))) / 2;
        QVERIFY2(colourNear(w.view()->viewport()->grab().toImage(), onScreen(w.view(), middle), QColor(0x90, 0xa4, 0xae)),
                 "no sketched edge between load-data and train-tree");
        w.canvasActions()->zoomResetAction()->trigger();
        QVERIFY(!w.scene()->isSketchMode());
        QVERIFY(!(item->flags() & QGraphicsItem::ItemHasNoContents));
    }

    void aSubPipelineIsACollapsibleGroupNodeThatOpensForEditing()
    {
        // A pipeline whose one task runs a two-task sub-pipeline.
        Pipeline p;
        p.name = QStringLiteral("outer");
        ComponentSpec step;
        step.key = QStringLiteral("step");
        step.outputs = {{QStringLiteral("out"), TypeSpec(TypeSpec::Kind::String)}};
        step.inputs = {{QStringLiteral("in"), TypeSpec(TypeSpec::Kind::String), false, true}};
        ComponentSpec group;
        group.key = QStringLiteral("inner");
        group.name = QStringLiteral("Inner pipeline");
        group.implementation.kind = Implementation::Kind::Graph;
        Task a;
        a.name = QStringLiteral("a");
        a.component = step.key;
        a.position = QPointF(0, 0);
        const TaskId aId = group.implementation.graph.addTask(a);
        Task b;
        b.name = QStringLiteral("b");
        b.component = step.key;
        b.position = QPointF(300, 0);
        b.inputs.insert(QStringLiteral("in"), Binding::taskOutput(aId, QStringLiteral("out")));
        group.implementation.graph.addTask(b);
        p.components.insert(step.key, step);
        p.components.insert(group.key, group);
        Task outer;
        outer.name = QStringLiteral("run-inner");
        outer.component = group.key;
        outer.position = QPointF(0, 0);
        const TaskId outerId = p.root.addTask(outer);

        m_window = std::make_unique<MainWindow>();
        MainWindow &w = *m_window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.document()->reset(p);
        w.view()->setZoom(1.0);
        TaskItem *item = w.scene()->taskItem(outerId);
        QVERIFY(item->look().group);
        QVERIFY(!item->look().expanded);
        const QSizeF collapsed = item->look().size();
        // The toggle expands a miniature of the inner graph inside the node.
        w.view()->centreOn(item->sceneBoundingRect().center());
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          onScreen(w.view(), item->mapToScene(item->toggleRect().center())));
        QVERIFY(item->look().expanded);
        QCOMPARE(item->look().innerTasks.size(), 2);
        QCOMPARE(item->look().innerEdges.size(), 1);
        QVERIFY(item->look().size().width() >= collapsed.width());
        // A double-click opens the sub-pipeline itself for editing; Back returns.
        QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                           onScreen(w.view(), item->mapToScene(QPointF(60, 60))));
        QCOMPARE(w.scene()->graphKey(), QStringLiteral("inner"));
        QCOMPARE(w.scene()->taskItemCount(), 2);
        QCOMPARE(w.scene()->edgeCount(), 1);
        const QList<QAction *> viewMenu = w.menuBar()->actions().value(2)->menu()->actions();
        for (QAction *action : viewMenu) {
            if (action->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Up))
                action->trigger();
        }
        QCOMPARE(w.scene()->graphKey(), QString());
        QCOMPARE(w.scene()->taskItemCount(), 1);
    }

    void hoveringAPortNamesItAndItsType()
    {
        MainWindow &w = openExample();
        TaskItem *item = itemNamed(w, QStringLiteral("train-tree"));
        const QPointF port = item->inputPortPos(item->look().inputIndex(QStringLiteral("train")));
        w.view()->centreOn(port);
        // The pointer comes from elsewhere and rests on the port (delivered to the viewport
        // directly, as in dragOnCanvas, so no other test's window is in the way).
        for (const QPoint at : {QPoint(5, 5), onScreen(w.view(), port)}) {
            QMouseEvent move(QEvent::MouseMove, at, w.view()->viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                             Qt::NoModifier);
            QApplication::sendEvent(w.view()->viewport(), &move);
        }
        QTRY_VERIFY(item->toolTip().startsWith(QStringLiteral("train: ")));
        QVERIFY2(item->toolTip().contains(QStringLiteral("(file)")), qPrintable(item->toolTip()));
    }

    void zoomActionsChangeTheScale()
    {
        MainWindow &w = openExample();
        w.canvasActions()->zoomInAction()->trigger();
        QVERIFY(w.view()->zoom() > 1.2);
        w.canvasActions()->zoomResetAction()->trigger();
        QCOMPARE(w.view()->zoom(), 1.0);
        w.canvasActions()->zoomFitAction()->trigger();
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w.scene()->tasksRect()));
    }
};

PS_TEST(EditorCanvasTest)
#include "tst_editorcanvas.moc"
