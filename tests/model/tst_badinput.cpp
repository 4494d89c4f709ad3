#include "filecheck.h"
#include "pipelinefilereader.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;

class BadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void rejectedWithLocation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");  // FileCheck: 1 invalid, 2 unreadable
        QTest::addColumn<int>("line");      // expected line of the first error; 0: any
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QByteArray() << 2 << 0 << "empty";
        QTest::newRow("only a comment") << QByteArray("# nothing\n") << 2 << 0 << "empty";
        QTest::newRow("binary garbage") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe", 12) << 2 << 1 << "not text";
        QTest::newRow("invalid utf-8") << QByteArray("name: \xc3\x28\n") << 2 << 1 << "not text";
        QTest::newRow("truncated yaml") << QByteArray("format: pipeline-studio\nschemaVersion: 1\ntasks:\n  - name: a\n    inputs: {x: [1, 2\n")
                                        << 2 << 0 << "syntax error";
        QTest::newRow("malformed json") << QByteArray("{\"doc_type\": \"pipeline\", \"pipelines\": [}") << 2 << 1 << "syntax error";
        QTest::newRow("top level is a list") << QByteArray("- a\n- b\n") << 2 << 1 << "must be a map";
        QTest::newRow("unknown format") << QByteArray("hello: world\n") << 2 << 1 << "unrecognised format";
        QTest::newRow("argo without spec") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n") << 2 << 1 << "needs a 'spec'";
        QTest::newRow("argo unknown kind") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nspec: {}\n") << 2 << 1 << "unrecognised format";
        QTest::newRow("argo templates is a map") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  entrypoint: a\n  templates: {a: 1}\n")
                                                 << 1 << 5 << "must be a list";
        QTest::newRow("argo dangling dependency") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  entrypoint: main\n  templates:\n"
                                                                "  - name: main\n    dag:\n      tasks:\n      - {name: a, template: s, dependencies: [ghost]}\n"
                                                                "  - name: s\n    container: {image: busybox}\n")
                                                  << 1 << 10 << "unknown task 'ghost'";
        QTest::newRow("argo cycle hidden in depends") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  entrypoint: main\n  templates:\n"
                                                                    "  - name: main\n    dag:\n      tasks:\n      - {name: a, template: s, depends: 'b.Succeeded'}\n"
                                                                    "      - {name: b, template: s, depends: '(a || c) && !a.Failed'}\n      - {name: c, template: s}\n"
                                                                    "  - name: s\n    container: {image: busybox}\n")
                                                      << 1 << 10 << "cycle: a → b → a";
        QTest::newRow("argo unknown entrypoint") << QByteArray("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: w}\nspec:\n  entrypoint: nope\n  templates:\n"
                                                               "  - name: s\n    container: {image: busybox}\n")
                                                 << 1 << 5 << "entrypoint 'nope'";
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << 2 << 0 << "nested too deeply";
        QTest::newRow("wrong type: tasks is a map") << QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: x\ntasks: {a: 1}\n")
                                                    << 1 << 4 << "must be a list";
        QTest::newRow("wrong type: inputs is a string") << QByteArray("name: c\ninputs: hello\nimplementation: {container: {image: busybox}}\n")
                                                        << 1 << 2 << "must be a list";
        QTest::newRow("wrong type: position") << QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: x\ncomponents: {s: {implementation: {container: {image: b}}}}\ntasks:\n  - name: a\n    component: s\n    position: [1, two]\n")
                                              << 1 << 8 << "position";
        QTest::newRow("binding names a missing task") << QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: x\ncomponents: {s: {inputs: [{name: i, type: any}], implementation: {container: {image: b}}}}\ntasks:\n  - name: a\n    component: s\n    inputs:\n      i: {task: ghost, output: o}\n")
                                                      << 1 << 9 << "unknown task 'ghost'";
        QTest::newRow("v1 unknown placeholder") << QByteArray("name: c\nimplementation:\n  container:\n    image: b\n    args: [{bogus: x}]\n")
                                                << 1 << 5 << "unknown placeholder";
        QTest::newRow("v1 if without isPresent") << QByteArray("name: c\nimplementation:\n  container:\n    image: b\n    args: [{if: {then: [a]}}]\n")
                                                 << 1 << 0 << "isPresent";
        QTest::newRow("ir without root") << QByteArray("pipelineInfo: {name: p}\ndeploymentSpec: {}\nroot: 5\nschemaVersion: 2.1.0\n")
                                         << 2 << 3 << "'root' must be a map";
        QTest::newRow("ir with an empty name") << QByteArray("pipelineInfo: {name: ''}\nschemaVersion: 2.1.0\ncomponents: {comp-a: {executorLabel: e}}\n"
                                                             "deploymentSpec: {executors: {e: {container: {image: b}}}}\nroot:\n  dag:\n    tasks:\n"
                                                             "      a: {componentRef: {name: comp-a}, taskInfo: {name: a}}\n")
                                               << 1 << 1 << "'pipelineInfo' needs a 'name'";
        QTest::newRow("ir without a name") << QByteArray("pipelineInfo: {description: d}\nschemaVersion: 2.1.0\ncomponents: {comp-a: {executorLabel: e}}\n"
                                                         "deploymentSpec: {executors: {e: {container: {image: b}}}}\nroot:\n  dag:\n    tasks:\n"
                                                         "      a: {componentRef: {name: comp-a}, taskInfo: {name: a}}\n")
                                           << 1 << 1 << "'pipelineInfo' needs a 'name'";
        QTest::newRow("ir bad loop items") << QByteArray("pipelineInfo: {name: p}\nschemaVersion: 2.1.0\ncomponents: {comp-a: {executorLabel: e}}\n"
                                                         "deploymentSpec: {executors: {e: {container: {image: b}}}}\nroot:\n  dag:\n    tasks:\n"
                                                         "      a: {componentRef: {name: comp-a}, taskInfo: {name: a}, parameterIterator: {itemInput: i, items: {raw: 'not json'}}}\n")
                                           << 1 << 0 << "JSON list";
        QTest::newRow("elyra pipelines is a string") << QByteArray("{\"doc_type\": \"pipeline\", \"version\": \"3.0\",\n \"pipelines\": \"none\"}")
                                                     << 2 << 2 << "must be a list";
        QTest::newRow("elyra link to a missing node") << QByteArray("{\"doc_type\": \"pipeline\", \"version\": \"3.0\", \"primary_pipeline\": \"p\",\n"
                                                                    " \"pipelines\": [{\"id\": \"p\", \"nodes\": [\n"
                                                                    "  {\"id\": \"a\", \"type\": \"execution_node\", \"op\": \"execute-python-node\",\n"
                                                                    "   \"app_data\": {\"component_parameters\": {\"filename\": \"a.py\", \"runtime_image\": \"python:3.11\"}},\n"
                                                                    "   \"inputs\": [{\"id\": \"inPort\", \"links\": [{\"node_id_ref\": \"ghost\", \"port_id_ref\": \"outPort\"}]}]}]}]}")
                                                      << 1 << 5 << "unknown node 'ghost'";
        QTest::newRow("elyra truncated json") << QByteArray("{\"doc_type\": \"pipeline\", \"pipelines\": [{\"id\": \"p\", \"nodes\": [") << 2 << 0 << "syntax error";
        QTest::newRow("kfp ir cycle in dependentTasks") << QByteArray("pipelineInfo: {name: p}\nschemaVersion: 2.1.0\ncomponents: {comp-a: {executorLabel: e}}\n"
                                                                      "deploymentSpec: {executors: {e: {container: {image: b}}}}\nroot:\n  dag:\n    tasks:\n"
                                                                      "      a: {componentRef: {name: comp-a}, dependentTasks: [b]}\n      b: {componentRef: {name: comp-a}, dependentTasks: [a]}\n")
                                                        << 1 << 8 << "cycle: a → b → a";
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'i'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1))
                    + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1))
                    + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1))
                    + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
        QTest::newRow("alias bomb") << (QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: x\n") + bomb)
                                    << 2 << 1 << "expands to more than";
        QByteArray mergeBomb = "a: &a {k0: [x, x, x, x, x, x, x, x, x, x]}\n";
        for (char c = 'b'; c <= 'i'; ++c) {
            mergeBomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " {";
            for (int k = 0; k < 10; ++k)
                mergeBomb += "k" + QByteArray::number(k) + ": {<<: *" + QByteArray(1, char(c - 1)) + "}, ";
            mergeBomb += "<<: *" + QByteArray(1, char(c - 1)) + "}\n";
        }
        QTest::newRow("merge-key bomb") << (QByteArray("format: pipeline-studio\nschemaVersion: 1\nname: x\n") + mergeBomb)
                                        << 2 << 1 << "expands to more than";
        // yaml-cpp 0.7's document loop never got past these tokens and took all memory.
        QTest::newRow("352 bytes: a comment, then half an Elyra node")
            << QByteArray("# This example demonstrates how to reference kubernetes secrets in a workflow.\n"
                          " \"execute-notebook-node\",\n"
                          "          \"app_data\": {\n"
                          "            \"label\": \"notebookB.ipynb\",\n"
                          "            \"component_parameters\": {\n"
                          "              \"label\": \"\",\n"
                          "              \"filename\": \"notebookB.ipynb\",\n"
                          "              \"runtime_image\": \"amancevice/pandas:1.1.1\",\n"
                          "              \"")
            << 2 << 2 << "a value cannot start with ',' here";
        QTest::newRow("a stray ] after a document") << QByteArray("name: x\n]\n") << 2 << 0 << "syntax error";
        QTest::newRow("a stray } after a scalar") << QByteArray("\"a\"\n}\n") << 2 << 2 << "syntax error";
        QTest::newRow("a stray , after a flow map") << QByteArray("{a: 1}, {b: 2}\n") << 2 << 1 << "a value cannot start with ',' here";
    }

    void rejectedWithLocation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(int, line);
        QFETCH(QString, message);
        const FileCheck check = FileCheck::run(PipelineFileReader::readBytes(bytes, QStringLiteral("bad.yaml")));
        QCOMPARE(int(check.exitCode), exitCode);
        const auto it = std::find_if(check.diagnostics.begin(), check.diagnostics.end(),
                                     [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
        QVERIFY(it != check.diagnostics.end());
        QStringList all;
        for (const Diagnostic &d : check.diagnostics)
            all.append(d.toString());
        QVERIFY2(std::any_of(check.diagnostics.begin(), check.diagnostics.end(),
                             [&](const Diagnostic &d) { return d.message.contains(message); }),
                 qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(it->location.file, QStringLiteral("bad.yaml"));
        if (line > 0)
            QCOMPARE(it->location.line, line);
    }

    void oversizedFileIsRefusedUnread()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("pstudio-huge.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(65LL * 1024 * 1024));
        f.close();
        const LoadedFile loaded = PipelineFileReader::readFile(path);
        QFile::remove(path);
        QVERIFY(!loaded.readable);
        QVERIFY(loaded.diagnostics.front().message.contains(QStringLiteral("MiB")));
    }

    void missingFileAndFolder()
    {
        QVERIFY(PipelineFileReader::readFile(QStringLiteral("/nonexistent/file.yaml")).diagnostics.front().message.contains(QStringLiteral("cannot open")));
        QVERIFY(PipelineFileReader::readFile(QDir::tempPath()).diagnostics.front().message.contains(QStringLiteral("folder")));
    }
};

PS_TEST(BadInputTest)
#include "tst_badinput.moc"
