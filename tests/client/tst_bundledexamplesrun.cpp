#include "enginetesting.h"
#include "testdata.h"
#include "testregistry.h"

#include <QSignalSpy>
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
        const QList<ArtifactInfo> artifacts = engine.backend->artifacts(id);
        QVERIFY(!artifacts.isEmpty());
        for (const ArtifactInfo &a : artifacts) {
            QVERIFY(QFileInfo::exists(a.uri));
            QVERIFY2(a.type.startsWith(QStringLiteral("system.")), qPrintable(a.type));
        }
        // Fetching one gives the user a copy of it.
        QTemporaryDir target;
        QSignalSpy fetched(engine.backend.get(), &RunBackend::artifactFetched);
        const int request = engine.backend->fetchArtifact(id, artifacts.front(), target.filePath(QStringLiteral("copy")));
        QTRY_COMPARE(fetched.count(), 1);
        QCOMPARE(fetched.front().at(0).toInt(), request);
        QCOMPARE(fetched.front().at(2).toString(), QString());
        QCOMPARE(QFileInfo(target.filePath(QStringLiteral("copy"))).size(), artifacts.front().size);
    }
};

PS_TEST(BundledExamplesRunTest)
#include "tst_bundledexamplesrun.moc"
