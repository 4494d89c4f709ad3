#include "filecheck.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;
using namespace pstest;

class ExamplesTest : public QObject
{
    Q_OBJECT

private slots:
    void eachValidates_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = filesUnder(sourcePath(QStringLiteral("resources/examples")), {QStringLiteral("*.pstudio.yaml")});
        QCOMPARE(files.size(), 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void eachValidates()
    {
        QFETCH(QString, path);
        const FileCheck check = FileCheck::run(path);
        QStringList lines;
        for (const Diagnostic &d : check.diagnostics)
            lines.append(d.toString());
        QVERIFY2(check.diagnostics.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(check.exitCode, FileCheck::Valid);
        QVERIFY(!check.file.pipeline.description.isEmpty());
        for (const Task &t : check.file.pipeline.root.tasks())
            QVERIFY2(t.position, "examples open with their layout");
    }

    void irisTwoModelsShape()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml"))).pipeline;
        const Task *show = p.root.taskByName(QStringLiteral("show-results"));
        QVERIFY(show);
        QStringList upstream;
        for (TaskId id : p.root.upstreamOf(show->id))
            upstream.append(p.root.task(id)->name);
        QCOMPARE(upstream, QStringList({QStringLiteral("score-tree"), QStringLiteral("score-logreg")}));
        QCOMPARE(p.root.taskByName(QStringLiteral("train-tree"))->inputs.value(QStringLiteral("algorithm")).constant.toString(),
                 QStringLiteral("decision-tree"));
        QCOMPARE(p.root.taskByName(QStringLiteral("train-logreg"))->inputs.value(QStringLiteral("algorithm")).constant.toString(),
                 QStringLiteral("logistic-regression"));
    }

    void gateDeploysOnlyAboveBaseline()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-random-forest-gate.pstudio.yaml"))).pipeline;
        QVERIFY(p.parameter(QStringLiteral("baseline")));
        const Task *deploy = p.root.taskByName(QStringLiteral("deploy"));
        const Task *skip = p.root.taskByName(QStringLiteral("not-deployed"));
        QVERIFY(deploy && skip);
        QVERIFY(deploy->settings.condition.text.contains(QStringLiteral("> {{workflow.parameters.baseline}}")));
        QVERIFY(skip->settings.condition.text.contains(QStringLiteral("<= {{workflow.parameters.baseline}}")));
        QCOMPARE(deploy->settings.volumes.front().mountPath, QStringLiteral("/mnt/models"));
    }

    void regressionUsesSgdAndMse()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/diabetes-regression.pstudio.yaml"))).pipeline;
        QVERIFY(p.component(QStringLiteral("train-sgd-regressor"))->implementation.source.contains(QStringLiteral("SGDRegressor")));
        QVERIFY(p.component(QStringLiteral("evaluate-regressor"))->implementation.source.contains(QStringLiteral("mean_squared_error")));
        QVERIFY(p.component(QStringLiteral("load-diabetes"))->implementation.source.contains(QStringLiteral("load_diabetes")));
    }

    void nightlyIsScheduled()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/nightly-training.pstudio.yaml"))).pipeline;
        QVERIFY(p.schedule);
        QCOMPARE(p.schedule->cron, QStringLiteral("0 2 * * *"));
        QCOMPARE(p.schedule->concurrencyPolicy, QStringLiteral("Forbid"));
    }

    void examplesEmbedTheLibrarysComponents()
    {
        // The examples are generated from the library; a component edited in one place only shows here.
        QMap<QString, ComponentSpec> library;
        for (const QString &f : filesUnder(sourcePath(QStringLiteral("resources/components")))) {
            const LoadedFile c = PipelineFileReader::readFile(f);
            library.insert(c.component.key, c.component);
        }
        for (const QString &f : filesUnder(sourcePath(QStringLiteral("resources/examples")), {QStringLiteral("*.pstudio.yaml")})) {
            const Pipeline p = PipelineFileReader::readFile(f).pipeline;
            for (const ComponentSpec &c : p.components) {
                QVERIFY2(library.contains(c.key), qPrintable(c.key));
                ComponentSpec fromLibrary = library.value(c.key);
                QVERIFY2(fromLibrary == c, qPrintable(QStringLiteral("%1 in %2 differs from the library: run "
                                                                     "resources/examples/generate_examples.py").arg(c.key, f)));
            }
        }
    }

    void examplesUseOnlyBundledData()
    {
        // Self-contained: no downloads in any step.
        for (const QString &f : filesUnder(sourcePath(QStringLiteral("resources/components")))) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const char *net : {"http://", "https://", "fetch_", "urlopen", "requests."})
                QVERIFY2(!text.contains(net), qPrintable(f));
        }
    }
};

PS_TEST(ExamplesTest)
#include "tst_examples.moc"
