#include "argowriter.h"
#include "filecheck.h"
#include "pipelineexporter.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "roundtripsummary.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using namespace pstest;

class ArgoRoundTripTest : public QObject
{
    Q_OBJECT

private slots:
    void corpora_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("argo-examples") << sharedPath(QStringLiteral("corpus/argo-examples"));
        QTest::newRow("kfp-compiled-argo") << sharedPath(QStringLiteral("corpus/kfp-compiled-argo"));
    }
    void corpora()
    {
        // Every file: read → write the same format → read again gives the same tasks,
        // dependencies, parameters, artifacts, conditions and loops; every export is schema-valid.
        QFETCH(QString, folder);
        const QStringList files = filesUnder(folder);
        QVERIFY(files.size() > 50);
        QTemporaryDir dir;
        int notWorkflows = 0, imported = 0, same = 0;
        QStringList failures, written;
        for (const QString &path : files) {
            const QString rel = QDir(folder).relativeFilePath(path);
            const FileCheck first = FileCheck::run(path);
            if (!first.file.readable) {
                // ConfigMaps, PVCs, quotas and event bindings sit beside the workflows; they are refused as such.
                const bool argoWorkflowKind = first.file.format != FileFormat::Unknown;
                if (argoWorkflowKind)
                    failures.append(rel + QStringLiteral(": not read: ") + first.diagnostics.value(0).toString());
                else
                    ++notWorkflows;
                continue;
            }
            if (first.exitCode != FileCheck::Valid) {
                failures.append(rel + QStringLiteral(": invalid: ") + first.diagnostics.value(0).toString());
                continue;
            }
            ++imported;
            const PipelineExporter::Result out = PipelineExporter::write(first.file.pipeline, first.file.format);
            if (!out.ok()) {
                failures.append(rel + QStringLiteral(": not written: ") + out.diagnostics.value(0).toString());
                continue;
            }
            const QString copy = dir.filePath(QString(rel).replace(u'/', u'_'));
            QFile f(copy);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out.bytes);
            f.close();
            written.append(copy);
            const LoadedFile second = PipelineFileReader::readBytes(out.bytes, copy);
            const QStringList a = summary(first.file.pipeline), b = summary(second.pipeline);
            if (a == b) {
                ++same;
                continue;
            }
            failures.append(rel + QStringLiteral(": changed: ") + firstDifference(a, b));
        }
        qInfo("%s: %d files, %d not workflows (refused), %d imported, %d round-trip unchanged",
              qPrintable(QFileInfo(folder).fileName()), int(files.size()), notWorkflows, imported, same);
        for (const QString &f : std::as_const(failures))
            qInfo("  %s", qPrintable(f));
        QVERIFY2(imported * 100 >= (int(files.size()) - notWorkflows) * 95, "fewer than 95% of the workflows imported");
        QCOMPARE(same, imported);

        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 with jsonschema is needed to validate the exports (the set-up script installs it)");
        QProcess python;
        python.start(QStringLiteral("python3"), QStringList{sourcePath(QStringLiteral("tests/tools/validate_json_schema.py")),
                                                            sharedPath(QStringLiteral("api/argo/workflow.schema.json"))} + written);
        QVERIFY(python.waitForFinished(300000));
        const QString report = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
        qInfo("schema: %s", qPrintable(report.section(u'\n', -1)));
        QVERIFY2(python.exitCode() == 0, qPrintable(report));
    }

    void layoutSurvivesTheTrip()
    {
        const Pipeline p = PipelineFileReader::readFile(sourcePath(QStringLiteral("resources/examples/iris-two-models.pstudio.yaml"))).pipeline;
        const ArgoWriter::Result out = ArgoWriter::write(p, ArgoWriter::Kind::Workflow);
        const LoadedFile back = PipelineFileReader::readBytes(out.yaml, QStringLiteral("wf.yaml"));
        QVERIFY(back.ok());
        QCOMPARE(back.format, FileFormat::ArgoWorkflow);
        QCOMPARE(back.pipeline.name, QStringLiteral("iris-two-models"));
        QCOMPARE(*back.pipeline.root.taskByName(QStringLiteral("show-results"))->position, QPointF(840, 160));
        QCOMPARE(summary(back.pipeline).filter(QStringLiteral("root/")), summary(p).filter(QStringLiteral("root/")));
    }
};

PS_TEST(ArgoRoundTripTest)
#include "tst_argoroundtrip.moc"
