#include "mainwindow.h"
#include "pipelinescene.h"
#include "propertiespanel.h"
#include "taskpropertiesform.h"
#include "validatedlineedit.h"
#include <QUndoStack>
#include "pipelinedocument.h"
#include "problemspanel.h"
#include "testdata.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QMenuBar>
#include <QTranslator>

using namespace ps;
using namespace pstest;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void opensBundledExampleAndListsItsTasks()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isShowingWelcome());
        QCOMPARE(window.scene()->taskItemCount(), 6);
        QCOMPARE(window.scene()->edgeCount(), 8);
        QCOMPARE(window.problems()->count(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("iris-two-models")));
        // A bundled file is never overwritten: saving asks for a new name.
        QVERIFY(window.document()->filePath().isEmpty());
    }

    void invalidFileShowsItsProblemsAtTheirTasks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.pstudio.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: pipeline-studio\nschemaVersion: 1\nname: broken\n"
                "components: {s: {inputs: [{name: i, type: STRING}], implementation: {container: {image: b}}}}\n"
                "tasks:\n  - name: bad_name\n    component: s\n");
        f.close();
        MainWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.problems()->count(), 2);
        auto *tree = window.problems()->findChild<QTreeWidget *>();
        QStringList messages;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            messages.append(tree->topLevelItem(i)->text(0));
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("input 'i' needs a value")), qPrintable(messages.join(u'\n')));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("bad_name"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("broken.pstudio.yaml:6"));
        // Activating a problem selects its task on the canvas.
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        QCOMPARE(window.scene()->selectedTaskIds(), QList<TaskId>{window.document()->pipeline().root.tasks().front().id});
    }

    void unreadableFileSaysWhy()
    {
        MainWindow window;
        QVERIFY(!window.openFile(QStringLiteral("/nonexistent/file.yaml")));
        QCOMPARE(window.problems()->count(), 1);
        QCOMPARE(window.scene()->taskItemCount(), 0);
        QVERIFY(window.isShowingWelcome());
    }

    void graphComponentOpensAsItsGraph()
    {
        MainWindow window;
        QVERIFY(window.openFile(sharedPath(
            QStringLiteral("corpus/kfp-components-v1/contrib/XGBoost/Train_regression_and_calculate_metrics/from_CSV/component.yaml"))));
        QCOMPARE(window.scene()->taskItemCount(), 5);
    }

    void componentFileOpensAsOneTask()
    {
        MainWindow window;
        QVERIFY(window.openFile(sharedPath(QStringLiteral("corpus/kfp-components-v1-extra/v1/add_component.yaml"))));
        QCOMPARE(window.scene()->taskItemCount(), 1);
        window.scene()->selectTasks({window.document()->pipeline().root.tasks().front().id});
        QCOMPARE(window.properties()->taskForm()->findChild<ValidatedLineEdit *>(QStringLiteral("image"))->text(),
                 QStringLiteral("google/cloud-sdk:latest"));
    }

    void germanTranslationIsBundled()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("pipelinestudio"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
        QCOMPARE(menus.value(1), QStringLiteral("&Bearbeiten"));
        QCOMPARE(menus.value(2), QStringLiteral("&Ansicht"));
    }

    void screenshotOptionWritesThePicture()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PS_STUDIO_APP),
                  {QStringLiteral("--screenshot"), out, sourcePath(QStringLiteral("resources/examples/nightly-training.pstudio.yaml"))});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank window: the canvas draws nodes, typed ports and edges in many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
    }
};

PS_TEST(MainWindowTest)
#include "tst_mainwindow.moc"
