#include "canvasactions.h"
#include "documentfiles.h"
#include "editorfixture.h"
#include "keyvaluetable.h"
#include "pipelinepropertiesform.h"
#include "problemspanel.h"
#include "propertiespanel.h"
#include "tasksettingsform.h"
#include "taskpropertiesform.h"
#include "testdata.h"
#include "testregistry.h"
#include "livevalidator.h"
#include "pipelinefilereader.h"
#include "setbindingcommand.h"
#include "validatedlineedit.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ps;
using namespace pstest;

namespace {

// Types into a line edit and leaves it, as a user finishing an edit does.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

// Properties, problems and crash recovery, through the real widgets.
class EditorFormsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &openExample()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
        [&] { QVERIFY(m_window->openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml"))); }();
        return *m_window;
    }

    TaskPropertiesForm *select(MainWindow &w, const QString &task)
    {
        w.scene()->selectTasks({taskNamed(w.document(), task)->id});
        return w.properties()->taskForm();
    }

private slots:
    void cleanup()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void selectingATaskShowsItsProperties()
    {
        MainWindow &w = openExample();
        TaskPropertiesForm *form = select(w, QStringLiteral("train-tree"));
        QVERIFY(form->isVisible());
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("train-tree"));
        w.scene()->clearSelection();
        QVERIFY(w.properties()->pipelineForm()->isVisible());
        QCOMPARE(w.properties()->pipelineForm()->nameEdit()->text(), QStringLiteral("iris-two-models"));
    }

    void aPropertyEditIsOneUndoStep()
    {
        MainWindow &w = openExample();
        TaskPropertiesForm *form = select(w, QStringLiteral("train-tree"));
        auto *retries = form->settingsForm()->findChildren<QSpinBox *>().value(0);
        retries->setFocus();
        retries->selectAll();
        QTest::keyClicks(retries, QStringLiteral("3"));
        QTest::keyClick(retries, Qt::Key_Return);
        QCOMPARE(taskNamed(w.document(), QStringLiteral("train-tree"))->settings.retry.limit, 3);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        // The canvas shows the retry badge; undo takes it away again.
        QVERIFY(itemNamed(w, QStringLiteral("train-tree"))->look().badges.size() == 1);
        w.document()->undoStack()->undo();
        QCOMPARE(taskNamed(w.document(), QStringLiteral("train-tree"))->settings.retry.limit, 0);
        QCOMPARE(retries->value(), 0);

        typeInto(form->nameEdit(), QStringLiteral("fit-tree"));
        QVERIFY(taskNamed(w.document(), QStringLiteral("fit-tree")));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Rename train-tree to fit-tree"));
    }

    void anInvalidValueIsMarkedAtTheFieldAndNotApplied_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("name with capitals and spaces") << "taskName" << "Train Tree" << "";
        QTest::newRow("name taken") << "taskName" << "score-tree" << "already called";
        QTest::newRow("cpu") << "cpuLimit" << "two cores" << "quantity";
        QTest::newRow("memory") << "memoryRequest" << "512 MB" << "quantity";
        QTest::newRow("condition names a missing task") << "condition" << "{{tasks.nope.outputs.result}} == 1" << "no task 'nope'";
        QTest::newRow("backoff") << "backoff" << "soon" << "duration";
    }

    void anInvalidValueIsMarkedAtTheFieldAndNotApplied()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        MainWindow &w = openExample();
        TaskPropertiesForm *form = select(w, QStringLiteral("train-tree"));
        auto *edit = form->findChild<ValidatedLineEdit *>(field);
        QVERIFY(edit);
        const Pipeline before = w.document()->pipeline();
        typeInto(edit, value);
        QVERIFY2(!edit->problem().isEmpty(), "the field must say what is wrong");
        if (!reason.isEmpty())
            QVERIFY2(edit->problem().contains(reason), qPrintable(edit->problem()));
        QCOMPARE(edit->toolTip(), edit->problem());
        QCOMPARE(w.document()->pipeline(), before);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void aScriptEditChangesTheComponentInOneStep()
    {
        MainWindow &w = openExample();
        TaskPropertiesForm *form = select(w, QStringLiteral("load-data"));
        auto *script = form->findChild<QPlainTextEdit *>(QStringLiteral("script"));
        QVERIFY(script && script->isVisible());
        QVERIFY(script->font().fixedPitch() || script->font().styleHint() == QFont::Monospace
                || QFontInfo(script->font()).fixedPitch());
        script->setFocus();
        script->moveCursor(QTextCursor::End);
        QTest::keyClick(script, Qt::Key_Return);
        QTest::keyClicks(script, QStringLiteral("print('done')"));
        form->nameEdit()->setFocus();  // leaving the editor commits it
        const Task *task = taskNamed(w.document(), QStringLiteral("load-data"));
        QVERIFY(w.document()->pipeline().component(task->component)->implementation.source.endsWith(QStringLiteral("print('done')")));
        QCOMPARE(w.document()->undoStack()->count(), 1);
    }

    void pipelineParametersAreEditedInTheTable()
    {
        MainWindow &w = openExample();
        w.scene()->clearSelection();
        KeyValueTable *table = w.properties()->pipelineForm()->parametersTable();
        QTableWidget *cells = table->table();
        cells->insertRow(cells->rowCount());
        const int row = cells->rowCount() - 1;
        cells->setItem(row, 1, new QTableWidgetItem(QStringLiteral("Integer")));
        cells->setItem(row, 2, new QTableWidgetItem(QStringLiteral("5")));
        cells->setItem(row, 0, new QTableWidgetItem(QStringLiteral("folds")));
        const PortSpec *folds = w.document()->pipeline().parameter(QStringLiteral("folds"));
        QVERIFY(folds);
        QCOMPARE(folds->type.kind(), TypeSpec::Kind::Integer);
        QCOMPARE(folds->defaultValue.toInteger(), 5);
        // A default that is not of the type is refused and marked.
        const int steps = w.document()->undoStack()->count();
        cells->item(row, 2)->setText(QStringLiteral("five"));
        QCOMPARE(w.document()->undoStack()->count(), steps);
        QVERIFY(table->toolTip().contains(QStringLiteral("whole number")));
    }

    void problemsAreLiveAndClickingOneSelectsTheTask()
    {
        MainWindow &w = openExample();
        QCOMPARE(w.problems()->count(), 0);
        const Task *train = taskNamed(w.document(), QStringLiteral("train-tree"));
        QSignalSpy validated(w.validator(), &LiveValidator::diagnosticsChanged);
        w.document()->push(SetBindingCommand::disconnect(w.document(), QString(), train->id, QStringLiteral("train")));
        QVERIFY(validated.wait(5000));
        QCOMPARE(w.problems()->count(), 1);
        QCOMPARE(itemNamed(w, QStringLiteral("train-tree"))->look().problem, TaskLook::Problem::Error);
        auto *tree = w.problems()->findChild<QTreeWidget *>();
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("train")));
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        QCOMPARE(w.scene()->selectedTaskIds(), QList<TaskId>{train->id});
        w.document()->undoStack()->undo();
        QVERIFY(validated.wait(5000));
        QCOMPARE(w.problems()->count(), 0);
        QCOMPARE(itemNamed(w, QStringLiteral("train-tree"))->look().problem, TaskLook::Problem::None);
    }

    void exportWritesEveryWritableFormat()
    {
        MainWindow &w = openExample();
        QTemporaryDir dir;
        for (FileFormat format : {FileFormat::KfpIr, FileFormat::ArgoWorkflow, FileFormat::ArgoWorkflowTemplate}) {
            const QString path = dir.filePath(fileFormatName(format) + QStringLiteral(".yaml"));
            QString error;
            QVERIFY2(w.files()->exportTo(format, path, &error), qPrintable(error));
            const LoadedFile back = PipelineFileReader::readFile(path);
            QCOMPARE(back.format, format);
            QCOMPARE(back.pipeline.root.size(), 6);
        }
    }

    void saveIsAtomicAndMakesTheDocumentClean()
    {
        MainWindow &w = openExample();
        QTemporaryDir dir;
        itemNamed(w, QStringLiteral("load-data"))->setSelected(true);
        w.canvasActions()->duplicateAction()->trigger();
        QVERIFY(w.document()->isModified());
        QVERIFY(w.windowTitle().contains(u'*'));
        const QString path = dir.filePath(QStringLiteral("mine.pstudio.yaml"));
        QVERIFY(w.files()->saveAs(path));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.windowTitle().contains(u'*'));
        QCOMPARE(PipelineFileReader::readFile(path).pipeline.root.size(), 7);
        QCOMPARE(w.files()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        // Nothing but the file itself is left in the folder (no temporary files).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("mine.pstudio.yaml")});
    }

    void theWelcomePageShowsUntilAPipelineIsOpen()
    {
        MainWindow w;
        QVERIFY(w.isShowingWelcome());
        w.files()->newDocument();
        QVERIFY(!w.isShowingWelcome());
    }
};

// A child process of this runner edits a pipeline and is killed; the parent then finds
// the recovery copy and restores the unsaved work from it.
class EditorRecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void childEditsAndWaitsToBeKilled()
    {
        if (!qEnvironmentVariableIsSet("PS_RECOVERY_CHILD"))
            QSKIP("runs only as the child of recoveryCopyRestoresUnsavedWorkAfterAKill");
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(qEnvironmentVariable("PS_RECOVERY_CHILD")));
        itemNamed(w, QStringLiteral("load-data"))->setSelected(true);
        w.canvasActions()->duplicateAction()->trigger();
        const QString copy = w.files()->recoveryStore().recoveryPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 20000);
        std::printf("RECOVERY-WRITTEN\n");
        std::fflush(stdout);
        QTest::qWait(60000);  // the parent kills us long before this
    }

    void recoveryCopyRestoresUnsavedWorkAfterAKill()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("work.pstudio.yaml"));
        QVERIFY(QFile::copy(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QString data = dir.filePath(QStringLiteral("data"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PS_RECOVERY_CHILD"), file);
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("EditorRecoveryTest"), QStringLiteral("childEditsAndWaitsToBeKilled")});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("RECOVERY-WRITTEN")
                                     || child.state() == QProcess::NotRunning,
                                 40000);
        QVERIFY2(child.state() == QProcess::Running, output.constData());
        child.kill();  // SIGKILL: no chance to clean up, as in a crash
        QVERIFY(child.waitForFinished());

        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", data.toUtf8());
        {
            MainWindow w;
            const QList<RecoveryStore::Entry> orphans = w.files()->recoveryStore().orphans();
            QCOMPARE(orphans.size(), 1);
            QCOMPARE(orphans.first().originalPath, file);
            QVERIFY(w.files()->restore(orphans.first()));
            QCOMPARE(w.document()->pipeline().root.size(), 7);  // the duplicate made before the kill
            QCOMPARE(w.document()->filePath(), file);
            QVERIFY(w.document()->isModified());
            QVERIFY(w.files()->recoveryStore().orphans().isEmpty());
            w.document()->undoStack()->setClean();
        }
        qputenv("XDG_DATA_HOME", oldData);
        // The file on disk was never touched.
        QCOMPARE(PipelineFileReader::readFile(file).pipeline.root.size(), 6);
    }
};

PS_TEST(EditorFormsTest)
PS_TEST(EditorRecoveryTest)
#include "tst_editorforms.moc"
