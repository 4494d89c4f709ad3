#include "addtaskcommand.h"
#include "builders.h"
#include "movetaskscommand.h"
#include "pipelinedocument.h"
#include "removetaskscommand.h"
#include "setbindingcommand.h"
#include "setcomponentcommand.h"
#include "setparameterscommand.h"
#include "setpipelineinfocommand.h"
#include "settaskcommand.h"
#include "testregistry.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ps;
using namespace pstest;

class DocumentCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void addTaskUndoRedo()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        QSignalSpy added(&doc, &PipelineDocument::taskAdded);
        QSignalSpy removed(&doc, &PipelineDocument::taskRemoved);
        const Pipeline before = doc.pipeline();

        ComponentSpec other = stepComponent(QStringLiteral("other"));
        auto *cmd = new AddTaskCommand(&doc, {}, task(QStringLiteral("a")), other);
        const TaskId id = cmd->taskId();
        doc.push(cmd);
        QCOMPARE(doc.pipeline().root.size(), 4);
        QCOMPARE(doc.pipeline().root.task(id)->name, QStringLiteral("a-2")); // names stay unique
        QVERIFY(doc.pipeline().components.contains(QStringLiteral("other")));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.front().at(1).value<TaskId>(), id);
        QVERIFY(doc.isModified());

        doc.undoStack()->undo();
        QCOMPARE(doc.pipeline(), before);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.pipeline().root.task(id)->name, QStringLiteral("a-2"));
    }

    void removeRestoresEverythingThatPointedAtTheTask()
    {
        PipelineDocument doc;
        Pipeline p = chainOfThree();
        p.root.task(idOf(p, QStringLiteral("c")))->dependencies.append(idOf(p, QStringLiteral("b")));
        doc.reset(p);
        const TaskId b = idOf(doc.pipeline(), QStringLiteral("b"));
        const TaskId c = idOf(doc.pipeline(), QStringLiteral("c"));
        doc.push(new RemoveTasksCommand(&doc, {}, {b}));
        QCOMPARE(doc.pipeline().root.size(), 2);
        const Task *after = doc.pipeline().root.task(c);
        QVERIFY(!after->inputs.contains(QStringLiteral("in")));
        QVERIFY(after->dependencies.isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(doc.pipeline(), p);
        QCOMPARE(doc.pipeline().root.indexOf(b), 1); // back in its place
    }

    void movesOfOneGestureMerge()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        const TaskId a = idOf(doc.pipeline(), QStringLiteral("a"));
        QSignalSpy moved(&doc, &PipelineDocument::taskMoved);
        for (int step = 1; step <= 10; ++step)
            doc.push(new MoveTasksCommand(&doc, {}, {{a, QPointF(step * 10, step)}}, 7));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(*doc.pipeline().root.task(a)->position, QPointF(100, 10));
        QCOMPARE(moved.count(), 10);
        // A new gesture is a new step.
        doc.push(new MoveTasksCommand(&doc, {}, {{a, QPointF(5, 5)}}, 8));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(*doc.pipeline().root.task(a)->position, QPointF(100, 10));
        doc.undoStack()->undo();
        QVERIFY(!doc.pipeline().root.task(a)->position); // had no position before the drag
    }

    void connectAndDisconnect()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        const TaskId a = idOf(doc.pipeline(), QStringLiteral("a"));
        const TaskId c = idOf(doc.pipeline(), QStringLiteral("c"));
        QSignalSpy changed(&doc, &PipelineDocument::bindingChanged);
        doc.push(SetBindingCommand::disconnect(&doc, {}, c, QStringLiteral("in")));
        QVERIFY(!doc.pipeline().root.task(c)->inputs.contains(QStringLiteral("in")));
        doc.push(SetBindingCommand::connect(&doc, {}, a, QStringLiteral("out"), c, QStringLiteral("in")));
        QCOMPARE(doc.pipeline().root.task(c)->inputs.value(QStringLiteral("in")), Binding::taskOutput(a, QStringLiteral("out")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.back().at(2).toString(), QStringLiteral("in"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.pipeline(), chainOfThree());
    }

    void propertyEditsAreOneStepEach()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        Task edited = *doc.pipeline().root.task(idOf(doc.pipeline(), QStringLiteral("b")));
        edited.settings.retry.limit = 3;
        doc.push(new SetTaskCommand(&doc, {}, edited, QStringLiteral("Set retries")));
        edited.name = QStringLiteral("b-renamed");
        doc.push(new SetTaskCommand(&doc, {}, edited, QStringLiteral("Rename")));
        QCOMPARE(doc.undoStack()->count(), 2);
        // Renaming keeps every edge: edges refer to ids, not names.
        QCOMPARE(doc.pipeline().root.upstreamOf(idOf(doc.pipeline(), QStringLiteral("c"))).front(), edited.id);
        doc.undoStack()->undo();
        QCOMPARE(doc.pipeline().root.task(edited.id)->name, QStringLiteral("b"));
        QCOMPARE(doc.pipeline().root.task(edited.id)->settings.retry.limit, 3);

        // Typing into one field merges under one key.
        for (const char *text : {"e", "ec", "ech", "echo"}) {
            edited.displayName = QString::fromLatin1(text);
            doc.push(new SetTaskCommand(&doc, {}, edited, QStringLiteral("Label"), 42));
        }
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.pipeline().root.task(edited.id)->displayName, QStringLiteral("echo"));
    }

    void parametersComponentsAndInfo()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        QSignalSpy params(&doc, &PipelineDocument::parametersChanged);
        doc.push(SetParametersCommand::add(&doc, port(QStringLiteral("count"), integer())));
        QCOMPARE(doc.pipeline().parameters.size(), 2);
        doc.push(SetParametersCommand::remove(&doc, QStringLiteral("msg")));
        QCOMPARE(doc.pipeline().parameters.size(), 1);
        QCOMPARE(doc.pipeline().parameters.front().name, QStringLiteral("count"));
        QCOMPARE(params.count(), 2);

        ComponentSpec c = *doc.pipeline().component(QStringLiteral("step"));
        c.implementation.image = QStringLiteral("alpine");
        doc.push(new SetComponentCommand(&doc, c.key, c, QStringLiteral("Set image")));
        QCOMPARE(doc.pipeline().component(QStringLiteral("step"))->implementation.image, QStringLiteral("alpine"));

        Schedule nightly;
        nightly.cron = QStringLiteral("0 2 * * *");
        doc.push(new SetPipelineInfoCommand(&doc, {QStringLiteral("renamed"), QStringLiteral("d"), nightly}));
        QCOMPARE(doc.pipeline().schedule->cron, nightly.cron);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.pipeline(), chainOfThree());
    }

    void saveMarksClean()
    {
        PipelineDocument doc;
        doc.reset(chainOfThree());
        QSignalSpy modified(&doc, &PipelineDocument::modifiedChanged);
        doc.push(SetParametersCommand::remove(&doc, QStringLiteral("msg")));
        QVERIFY(doc.isModified());
        QString error;
        const QString path = QDir::temp().filePath(QStringLiteral("pstudio-save-test.pstudio.yaml"));
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), path);
        QCOMPARE(modified.count(), 2);
        QFile::remove(path);
        QVERIFY(!doc.save(QStringLiteral("/nonexistent-dir/x.yaml"), &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent-dir")));
    }
};

PS_TEST(DocumentCommandsTest)
#include "tst_documentcommands.moc"
