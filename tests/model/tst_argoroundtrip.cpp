#include "argowriter.h"
#include "filecheck.h"
#include "pipelineexporter.h"
#include "pipelinefilereader.h"
#include "testdata.h"
#include "testregistry.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using namespace pstest;

namespace {

QString describe(const Binding &b, const Graph &g)
{
    switch (b.kind) {
    case Binding::Kind::None: return QStringLiteral("-");
    case Binding::Kind::Constant: return QStringLiteral("=") + QString::fromUtf8(QJsonDocument(QJsonArray{b.constant}).toJson(QJsonDocument::Compact));
    case Binding::Kind::Parameter: return QStringLiteral("param:") + b.parameter;
    case Binding::Kind::TaskOutput: return QStringLiteral("task:%1.%2").arg(g.task(b.task) ? g.task(b.task)->name : QStringLiteral("?"), b.output);
    case Binding::Kind::LoopItem: return QStringLiteral("item:") + b.itemField;
    case Binding::Kind::Expression: return QStringLiteral("expr:") + b.expression;
    }
    return {};
}

// What must survive a round trip: tasks, dependencies, parameters, artifacts, conditions, loops.
QStringList summary(const Pipeline &p)
{
    QStringList lines;
    for (const PortSpec &param : p.parameters)
        lines.append(QStringLiteral("param %1 %2 %3").arg(param.name, param.artifact ? QStringLiteral("artifact") : QStringLiteral("value"),
                                                         QString::fromUtf8(QJsonDocument(QJsonArray{param.defaultValue}).toJson(QJsonDocument::Compact))));
    auto graphLines = [&](const QString &key, const Graph &g) {
        for (const Task &t : g.tasks()) {
            QStringList deps;
            for (TaskId up : g.upstreamOf(t.id))
                deps.append(g.task(up) ? g.task(up)->name : QStringLiteral("?"));
            deps.sort();
            lines.append(QStringLiteral("%1/task %2 component=%3 role=%4 after=%5").arg(key, t.name, t.component)
                             .arg(int(t.role)).arg(deps.join(u',')));
            for (auto it = t.inputs.cbegin(); it != t.inputs.cend(); ++it)
                lines.append(QStringLiteral("%1/%2 in %3 %4").arg(key, t.name, it.key(), describe(*it, g)));
            if (t.settings.condition.isSet())
                lines.append(QStringLiteral("%1/%2 when %3").arg(key, t.name, t.settings.condition.text));
            const Loop &l = t.settings.loop;
            if (l.isSet())
                lines.append(QStringLiteral("%1/%2 loop %3 %4 %5 %6/%7/%8").arg(key, t.name).arg(int(l.kind))
                                 .arg(QString::fromUtf8(QJsonDocument(l.items).toJson(QJsonDocument::Compact)), describe(l.source, g),
                                      l.sequenceCount, l.sequenceStart, l.sequenceEnd));
        }
        for (auto it = g.outputs.cbegin(); it != g.outputs.cend(); ++it)
            lines.append(QStringLiteral("%1 out %2 %3").arg(key, it.key(), describe(*it, g)));
    };
    graphLines(QStringLiteral("root"), p.root);
    for (auto it = p.components.cbegin(); it != p.components.cend(); ++it) {
        for (const PortSpec &port : it->inputs)
            lines.append(QStringLiteral("%1 input %2 %3").arg(it.key(), port.name, port.artifact ? QStringLiteral("artifact") : QStringLiteral("value")));
        for (const PortSpec &port : it->outputs)
            lines.append(QStringLiteral("%1 output %2 %3").arg(it.key(), port.name, port.artifact ? QStringLiteral("artifact") : QStringLiteral("value")));
        graphLines(it.key(), it->implementation.graph);
    }
    return lines;
}

} // namespace

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
            QString diff;
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    diff = QStringLiteral("'%1' became '%2'").arg(a.value(i), b.value(i));
                    break;
                }
            }
            failures.append(rel + QStringLiteral(": changed: ") + diff);
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
