#include "filecheck.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;
using namespace pstest;

namespace {
QString corpus(const QString &relative)
{
    return sharedPath(QStringLiteral("corpus/elyra-pipelines/") + relative);
}
const QString kValidation = QStringLiteral("elyra/tests/pipeline/resources/validation_pipelines/");
} // namespace

class ElyraImportTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeCorpus()
    {
        const QStringList files = filesUnder(corpus({}), {QStringLiteral("*.pipeline")});
        QVERIFY(files.size() >= 15);
        int read = 0, valid = 0;
        for (const QString &path : files) {
            const FileCheck check = FileCheck::run(path);
            read += check.file.readable;
            valid += check.exitCode == FileCheck::Valid;
            QStringList errors;
            for (const Diagnostic &d : check.diagnostics)
                if (d.severity == Diagnostic::Severity::Error)
                    errors.append(d.toString(QFileInfo(path).fileName()));
            qInfo("%s: %s", qPrintable(QDir(corpus({})).relativeFilePath(path)),
                  errors.isEmpty() ? "valid" : qPrintable(errors.join(QStringLiteral("; "))));
        }
        qInfo("elyra corpus: %d files, %d read, %d valid", int(files.size()), read, valid);
        QVERIFY(read * 100 >= int(files.size()) * 90);
    }

    void producerConsumer()
    {
        const LoadedFile f = PipelineFileReader::readFile(corpus(QStringLiteral("cypress/fixtures/pipelines/producer-consumer.pipeline")));
        QVERIFY(f.ok());
        QCOMPARE(f.format, FileFormat::Elyra);
        const Graph &g = f.pipeline.root;
        QCOMPARE(g.size(), 5);
        const Task *consumer = g.taskByName(QStringLiteral("consumer-ipynb"));
        QVERIFY(consumer);
        QCOMPARE(consumer->displayName, QStringLiteral("consumer.ipynb"));
        QStringList upstream;
        for (TaskId id : g.upstreamOf(consumer->id))
            upstream.append(g.task(id)->name);
        upstream.sort();
        QCOMPARE(upstream, QStringList({QStringLiteral("producer-ipynb"), QStringLiteral("producer-script-py")}));
        QVERIFY(consumer->position);
        const ComponentSpec *c = f.pipeline.component(consumer->component);
        QCOMPARE(c->implementation.kind, Implementation::Kind::Container);
        QVERIFY(!c->implementation.image.isEmpty());
        QCOMPARE(c->implementation.command.back().text, QStringLiteral("consumer.ipynb"));
    }

    void nodePropertiesBecomeSettings()
    {
        const LoadedFile f = PipelineFileReader::readFile(
            corpus(QStringLiteral("elyra/tests/pipeline/resources/test_pipelines/kfp/kfp-one-node-generic-elyra-properties.pipeline")));
        QVERIFY(f.ok());
        const Task &t = f.pipeline.root.tasks().front();
        QCOMPARE(t.settings.secretEnv.size(), 1);
        QCOMPARE(t.settings.secretEnv.front().secretName, QStringLiteral("secret-1"));
        QCOMPARE(t.settings.volumes.size(), 3);
        QCOMPARE(t.settings.volumes[1].subPath, QStringLiteral("sub/path"));
        QVERIFY(t.settings.volumes[2].readOnly);
        QCOMPARE(f.pipeline.component(t.component)->implementation.image, QStringLiteral("tensorflow/tensorflow:2.8.0"));
    }

    void elyrasOwnValidationCases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("cycle") << kValidation + QStringLiteral("generic_single_cycle.pipeline") << "cycle:";
        QTest::newRow("invalid op") << kValidation + QStringLiteral("aa_invalid_node_op.pipeline") << "unsupported operation 'invalid_node_op'";
        QTest::newRow("invalid op") << kValidation + QStringLiteral("kf_invalid_node_op.pipeline") << "unsupported operation 'invalid_node_operation'";
        QTest::newRow("invalid op in a supernode") << kValidation + QStringLiteral("kf_invalid_node_op_with_supernode.pipeline")
                                                   << "unsupported operation 'invalid_node_op'";
        QTest::newRow("no pipelines") << QStringLiteral("elyra/tests/cli/resources/pipelines/pipeline_without_pipelines_field.pipeline")
                                      << "no 'pipelines'";
    }
    void elyrasOwnValidationCases()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const FileCheck check = FileCheck::run(corpus(file));
        QVERIFY(check.exitCode != FileCheck::Valid);
        const auto it = std::find_if(check.diagnostics.begin(), check.diagnostics.end(),
                                     [&](const Diagnostic &d) { return d.message.contains(message); });
        QVERIFY2(it != check.diagnostics.end(), qPrintable(check.diagnostics.value(0).toString()));
        QVERIFY(it->location.line > 0);
    }

    void supernodeIsASubPipeline()
    {
        const LoadedFile f = PipelineFileReader::readFile(corpus(kValidation + QStringLiteral("kf_supernode_valid.pipeline")));
        QVERIFY(f.ok());
        const Task *super = f.pipeline.root.taskByName(QStringLiteral("supernode"));
        QVERIFY(super);
        const Graph *inner = f.pipeline.graph(super->component);
        QVERIFY(inner);
        QCOMPARE(inner->size(), 2);
        QCOMPARE(f.pipeline.root.upstreamOf(super->id).size(), 1);
    }
};

PS_TEST(ElyraImportTest)
#include "tst_elyraimport.moc"
