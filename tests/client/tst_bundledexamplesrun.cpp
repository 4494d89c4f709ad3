#include "enginetesting.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;

// The bundled examples are what a new user presses Run on first: they must succeed here.
class BundledExamplesRunTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void runsToSuccess_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : pstest::filesUnder(pstest::sourcePath(QStringLiteral("resources/examples")), {QStringLiteral("*.pstudio.yaml")}))
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void runsToSuccess()
    {
        QFETCH(QString, file);
        const LoadedFile loaded = PipelineFileReader::readFile(file);
        QVERIFY(loaded.ok());
        pstest::Engine engine;
        const QString id = engine.submit(loaded.asPipeline());
        QVERIFY(engine.waitFinished(id, 240000));
        const RunSnapshot s = *engine.backend->snapshot(id);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(pstest::Engine::describe(s)));
        // Something was computed and kept: every example produces at least one artifact.
        QVERIFY(!engine.backend->artifacts(id).isEmpty());
    }
};

PS_TEST(BundledExamplesRunTest)
#include "tst_bundledexamplesrun.moc"
