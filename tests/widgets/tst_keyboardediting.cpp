// Editing without a mouse: a two-task pipeline is built, connected, edited and run with
// key events only, and every step is visible (focus) and said to screen readers.
#include "../client/enginetesting.h"
#include "canvaskeyboard.h"
#include "mainwindow.h"
#include "palettewidget.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "propertiespanel.h"
#include "rundialog.h"
#include "rundocks.h"
#include "runlauncher.h"
#include "runmonitor.h"
#include "runsmodel.h"
#include "taskitem.h"
#include "testregistry.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace ps;

namespace {

const Task *taskWithComponent(const PipelineDocument *document, const QString &component)
{
    for (const Task &task : document->pipeline().root.tasks())
        if (task.component == component)
            return &task;
    return nullptr;
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description) : QString();
}

} // namespace

class KeyboardEditingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<pstest::Engine> m_engine;

    // Types into whatever has the keyboard focus, as a person would.
    static void type(const QString &text)
    {
        QTest::keyClicks(QApplication::focusWidget(), text);
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }

private slots:
    void initTestCase()
    {
        pstest::preferSystemPython();
        QSettings().remove(QStringLiteral("window"));
        m_engine = std::make_unique<pstest::Engine>();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->backend->isReady(), 30000);
    }

    void buildsConnectsEditsAndRunsTwoTasksWithKeysOnly()
    {
        MainWindow window;
        window.runDocks()->runs()->addBackend(m_engine->backend.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PipelineView *view = window.view();
        PipelineDocument *document = window.document();
        QVERIFY(!view->accessibleName().isEmpty());

        // Ctrl+T puts the keyboard in the palette's search; Enter adds the first match.
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->accessibleName() == u"Search components");
        type(QStringLiteral("Load and split"));
        press(Qt::Key_Return);
        QTRY_VERIFY(taskWithComponent(document, QStringLiteral("load-iris")));
        QTRY_COMPARE(QApplication::focusWidget(), view);

        // The second task through the list: Down from the search goes into it, Enter adds.
        press(Qt::Key_T, Qt::ControlModifier);
        type(QStringLiteral("Train classifier"));
        press(Qt::Key_Down);
        QVERIFY(QApplication::focusWidget() == static_cast<QWidget *>(window.palette()->view()));
        press(Qt::Key_Return);
        QTRY_VERIFY(taskWithComponent(document, QStringLiteral("train-classifier")));
        QTRY_COMPARE(QApplication::focusWidget(), view);
        const TaskId loader = taskWithComponent(document, QStringLiteral("load-iris"))->id;
        const TaskId trainer = taskWithComponent(document, QStringLiteral("train-classifier"))->id;
        QCOMPARE(window.scene()->selectedTaskIds(), QList<TaskId>{trainer});

        // Arrow keys move the selection to the other task, wherever it was placed.
        for (Qt::Key key : {Qt::Key_Left, Qt::Key_Up, Qt::Key_Right, Qt::Key_Down}) {
            if (window.scene()->selectedTaskIds() == QList<TaskId>{loader})
                break;
            press(key);
        }
        QCOMPARE(window.scene()->selectedTaskIds(), QList<TaskId>{loader});
        QVERIFY(accessibleDescription(view).contains(document->pipeline().root.task(loader)->name));

        // Enter: the ports. The first output (train) is ringed and said.
        press(Qt::Key_Return);
        QVERIFY(view->keyboard()->mode() == CanvasKeyboard::Mode::Ports);
        QVERIFY2(view->keyboard()->focusDescription().startsWith(u"output train"), qPrintable(view->keyboard()->focusDescription()));
        // Enter on an output: connecting; arrows walk the other task's inputs.
        press(Qt::Key_Return);
        QVERIFY(view->keyboard()->mode() == CanvasKeyboard::Mode::Connecting);
        for (int i = 0; i < 6 && !view->keyboard()->focusDescription().contains(u"input train of"); ++i)
            press(Qt::Key_Down);
        QVERIFY2(view->keyboard()->focusDescription().contains(u"input train of"), qPrintable(view->keyboard()->focusDescription()));
        press(Qt::Key_Return);
        QVERIFY(view->keyboard()->mode() == CanvasKeyboard::Mode::Tasks);
        const Binding binding = document->pipeline().root.task(trainer)->inputs.value(QStringLiteral("train"));
        QVERIFY(binding.kind == Binding::Kind::TaskOutput);
        QCOMPARE(binding.output, QStringLiteral("train"));
        QCOMPARE(window.scene()->edgeCount(), 1);

        // F2: the selected task's properties, its name first; typing renames it.
        press(Qt::Key_F2);
        QLineEdit *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(name);
        QVERIFY(window.properties()->isAncestorOf(name));
        type(QStringLiteral("trainer"));
        press(Qt::Key_Return);
        QTRY_COMPARE(document->pipeline().root.task(trainer)->name, QStringLiteral("trainer"));
        press(Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), view);

        // F5 runs; the first run's confirmation is answered with Tab, Space and Enter.
        bool confirmed = false;
        window.runDocks()->launcher()->setDialogHook([&](RunDialog *dialog) {
            // Keys go where the dialog's focus is (the offscreen platform does not always
            // make a modal dialog the active window, as a desktop would).
            const auto focused = [dialog] { return dialog->focusWidget() ? dialog->focusWidget() : static_cast<QWidget *>(dialog); };
            for (int i = 0; i < 40 && focused() != dialog->trustBox(); ++i) {
                QTest::keyClick(focused(), Qt::Key_Tab);
            }
            if (focused() == dialog->trustBox()) {
                QTest::keyClick(dialog->trustBox(), Qt::Key_Space);
                confirmed = dialog->trustBox()->isChecked();
            }
            QTest::keyClick(focused(), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject();  // never leave a test hanging in exec(); `confirmed` and the run say what failed
        });
        press(Qt::Key_F5);
        QVERIFY(confirmed);
        const QString runId = window.runDocks()->monitor()->runId();
        QVERIFY(!runId.isEmpty());
        QVERIFY(m_engine->waitFinished(runId, 180000));
        QCOMPARE(ps::toString(m_engine->backend->snapshot(runId)->phase), ps::toString(RunPhase::Succeeded));
    }

    void focusIsVisibleOnTheCanvas()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.view()->clearFocus();
        const QImage without = window.view()->viewport()->grab().toImage();
        window.view()->setFocus();
        const QImage with = window.view()->viewport()->grab().toImage();
        // The accent frame along the edge shows where the keyboard is.
        const QColor accent = ThemePalette::current().colour(ThemePalette::Role::Accent);
        QCOMPARE(QColor(with.pixel(1, with.height() / 2)), accent);
        QVERIFY(QColor(without.pixel(1, without.height() / 2)) != accent);
        // So is the focused port: a ring appears around it.
        press(Qt::Key_Right);
        QCOMPARE(window.scene()->selectedTaskIds().size(), 1);
        TaskItem *item = window.scene()->taskItem(window.scene()->selectedTaskIds().front());
        const QImage before = window.view()->viewport()->grab().toImage();
        press(Qt::Key_Return);
        const QImage after = window.view()->viewport()->grab().toImage();
        QVERIFY(before != after);
        QVERIFY(item->look().outputs.size() + item->look().inputs.size() > 0);
        press(Qt::Key_Escape);
        QVERIFY(window.view()->keyboard()->mode() == CanvasKeyboard::Mode::Tasks);
    }
};

PS_TEST(KeyboardEditingTest)
#include "tst_keyboardediting.moc"
