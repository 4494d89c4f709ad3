#include "enginetesting.h"
#include "logstream.h"
#include "testregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ps;
using pstest::Engine;

namespace {

QDateTime started(const RunSnapshot &s, const QString &id) { return s.node(id) ? s.node(id)->startedAt : QDateTime(); }
QDateTime ended(const RunSnapshot &s, const QString &id) { return s.node(id) ? s.node(id)->finishedAt : QDateTime(); }
QString phase(const RunSnapshot &s, const QString &id) { return s.node(id) ? toString(s.node(id)->phase) : QStringLiteral("missing"); }

const QByteArray kShTemplates = R"(
  - name: echo
    inputs: {parameters: [{name: msg, value: hi}]}
    container: {image: busybox, command: [sh, -c, "echo {{inputs.parameters.msg}}"]}
  - name: sleep-echo
    inputs: {parameters: [{name: msg}]}
    container: {image: busybox, command: [sh, -c, "sleep 1; echo {{inputs.parameters.msg}}"]}
  - name: fail
    container: {image: busybox, command: [sh, -c, "echo broken >&2; exit 3"]}
)";

QByteArray workflow(const QByteArray &entryTemplate, const QByteArray &extraSpec = {})
{
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: t-}\nspec:\n  entrypoint: main\n" + extraSpec
           + "  templates:\n" + entryTemplate + kShTemplates;
}

} // namespace

class LocalEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void runsTasksAfterWhatTheyWaitFor()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: a, template: sleep-echo, arguments: {parameters: [{name: msg, value: a}]}}
      - {name: b, template: sleep-echo, dependencies: [a], arguments: {parameters: [{name: msg, value: b}]}}
      - {name: c, template: sleep-echo, dependencies: [a], arguments: {parameters: [{name: msg, value: c}]}}
      - {name: d, template: echo, dependencies: [b, c]}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QVERIFY(started(s, QStringLiteral("b")) >= ended(s, QStringLiteral("a")));
        QVERIFY(started(s, QStringLiteral("c")) >= ended(s, QStringLiteral("a")));
        QVERIFY(started(s, QStringLiteral("d")) >= ended(s, QStringLiteral("b")));
        QVERIFY(started(s, QStringLiteral("d")) >= ended(s, QStringLiteral("c")));
        // b and c ran side by side.
        QVERIFY(started(s, QStringLiteral("c")) < ended(s, QStringLiteral("b")));
        QCOMPARE(s.node(QStringLiteral("b"))->outputs.value(QStringLiteral("result")), QStringLiteral("b"));
    }

    void runsOnlyWhatTheDagTargetNeedsAndKeepsGoingWithoutFailFast()
    {
        Engine engine;
        // As Argo's dag-targets.yaml: target E runs A, C and E; B and D are not run at all.
        RunRequest request;
        request.parameters.insert(QStringLiteral("target"), QStringLiteral("E"));
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      target: "{{workflow.parameters.target}}"
      tasks:
      - {name: A, template: echo}
      - {name: B, template: echo, depends: A}
      - {name: C, template: echo, depends: A}
      - {name: D, template: echo, depends: B && C}
      - {name: E, template: echo, depends: C}
)", "  arguments: {parameters: [{name: target, value: D}]}\n"), request);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        for (const QString &ran : {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("E")})
            QVERIFY2(s.node(ran) && ps::isSuccessful(s.node(ran)->phase), qPrintable(Engine::describe(s)));
        QVERIFY(!s.node(QStringLiteral("B")));
        QVERIFY(!s.node(QStringLiteral("D")));

        // failFast: false on the entry DAG: a failure does not stop the independent branch.
        const RunSnapshot f = engine.run(workflow(R"(
  - name: main
    dag:
      failFast: false
      tasks:
      - {name: broken, template: fail}
      - {name: slow, template: sleep-echo, arguments: {parameters: [{name: msg, value: s}]}}
      - {name: after, template: echo, dependencies: [slow]}
)"));
        QCOMPARE(toString(f.phase), toString(RunPhase::Failed));
        QVERIFY2(f.node(QStringLiteral("after")) && ps::isSuccessful(f.node(QStringLiteral("after"))->phase),
                 qPrintable(Engine::describe(f)));
    }

    void keepsToTheParallelismLimit()
    {
        LocalBackend::Settings settings;
        settings.parallelism = 2;
        Engine engine(settings);
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: t1, template: sleep-echo, arguments: {parameters: [{name: msg, value: "1"}]}}
      - {name: t2, template: sleep-echo, arguments: {parameters: [{name: msg, value: "2"}]}}
      - {name: t3, template: sleep-echo, arguments: {parameters: [{name: msg, value: "3"}]}}
      - {name: t4, template: sleep-echo, arguments: {parameters: [{name: msg, value: "4"}]}}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(pstest::mostAtOnce(s.leaves()), 2);
    }

    void theLimitHoldsAcrossRuns()
    {
        LocalBackend::Settings settings;
        settings.parallelism = 1;
        Engine engine(settings);
        const Pipeline p = pstest::pipelineFromYaml(workflow(R"(
  - name: main
    steps:
    - - {name: nap, template: sleep-echo, arguments: {parameters: [{name: msg, value: z}]}}
)"));
        RunRequest fresh;
        fresh.cachingEnabled = false;
        const QString first = engine.submit(p, fresh), second = engine.submit(p, fresh);
        QVERIFY(engine.waitFinished(first) && engine.waitFinished(second));
        const RunSnapshot a = *engine.backend->snapshot(first), b = *engine.backend->snapshot(second);
        QVERIFY2(a.phase == RunPhase::Succeeded && b.phase == RunPhase::Succeeded, qPrintable(Engine::describe(b)));
        const RunNode *x = a.node(QStringLiteral("nap")), *y = b.node(QStringLiteral("nap"));
        QVERIFY(x->finishedAt <= y->startedAt || y->finishedAt <= x->startedAt);
    }

    void passesParametersAndArtifacts()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: make, template: make}
      - name: use
        template: use
        dependencies: [make]
        arguments:
          parameters: [{name: word, value: "{{tasks.make.outputs.parameters.word}}"}]
          artifacts: [{name: data, from: "{{tasks.make.outputs.artifacts.data}}"}]
  - name: make
    container:
      image: alpine
      command: [sh, -c, "mkdir -p /tmp/out; echo -n hello > /tmp/out/word; seq 1 5 > /tmp/out/data.txt"]
    outputs:
      parameters: [{name: word, valueFrom: {path: /tmp/out/word}}]
      artifacts: [{name: data, path: /tmp/out/data.txt}]
  - name: use
    inputs:
      parameters: [{name: word}]
      artifacts: [{name: data, path: /mnt/in/data.txt}]
    script:
      image: python:3.11
      command: [python]
      source: |
        print("{{inputs.parameters.word}}", sum(int(l) for l in open("/mnt/in/data.txt")))
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("use"))->outputs.value(QStringLiteral("result")), QStringLiteral("hello 15"));
        QCOMPARE(s.node(QStringLiteral("use"))->inputs.value(QStringLiteral("word")), QStringLiteral("hello"));
        const QList<ArtifactInfo> artifacts = engine.backend->artifacts(s.id, QStringLiteral("make"));
        QCOMPARE(artifacts.size(), 1);
        QCOMPARE(artifacts.front().name, QStringLiteral("data"));
        QCOMPARE(artifacts.front().size, 10);
    }

    void evaluatesConditions()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: flip, template: echo, arguments: {parameters: [{name: msg, value: heads}]}}
    - - {name: heads, template: echo, when: "{{steps.flip.outputs.result}} == heads"}
      - {name: tails, template: echo, when: "{{steps.flip.outputs.result}} == tails"}
      - {name: numeric, template: echo, when: "10 > 9 && !(2 >= 3) "}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(phase(s, QStringLiteral("heads")), QStringLiteral("Succeeded"));
        QCOMPARE(phase(s, QStringLiteral("tails")), QStringLiteral("Skipped"));
        QCOMPARE(phase(s, QStringLiteral("numeric")), QStringLiteral("Succeeded"));
    }

    void anUnparsableConditionFailsTheTaskWithTheReason()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: odd, template: echo, when: "1 == == 2"}
)"));
        QCOMPARE(toString(s.phase), QStringLiteral("Error"));
        QVERIFY2(s.node(QStringLiteral("odd"))->message.contains(QStringLiteral("unexpected '=='")), qPrintable(Engine::describe(s)));
    }

    void fansOutLoops()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: items, template: echo, arguments: {parameters: [{name: msg, value: "{{item}}"}]}, withItems: [x, y, z]}
      - {name: seq, template: echo, arguments: {parameters: [{name: msg, value: "n{{item}}"}]}, withSequence: {count: "3"}}
      - {name: gen, template: gen}
      - name: param
        template: echo
        dependencies: [gen]
        arguments: {parameters: [{name: msg, value: "{{item.a}}"}]}
        withParam: "{{tasks.gen.outputs.result}}"
  - name: gen
    container: {image: busybox, command: [sh, -c, "echo '[{\"a\": 1}, {\"a\": 2}]'"]}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.children(QStringLiteral("items")).size(), 3);
        QCOMPARE(s.node(QStringLiteral("items(2)"))->outputs.value(QStringLiteral("result")), QStringLiteral("z"));
        QCOMPARE(s.node(QStringLiteral("seq(2)"))->outputs.value(QStringLiteral("result")), QStringLiteral("n2"));
        QCOMPARE(s.node(QStringLiteral("param(1)"))->outputs.value(QStringLiteral("result")), QStringLiteral("2"));
        QCOMPARE(s.node(QStringLiteral("items"))->outputs.value(QStringLiteral("result")), QStringLiteral(R"(["x","y","z"])"));
    }

    void resolvesKfpPlaceholdersAndConditions()
    {
        Engine engine;
        RunRequest request;
        request.parameters.insert(QStringLiteral("text"), QStringLiteral("kfp says hi"));
        const RunSnapshot s = engine.run(R"(
components:
  comp-write:
    executorLabel: exec-write
    inputDefinitions: {parameters: {text: {parameterType: STRING}}}
    outputDefinitions: {parameters: {out: {parameterType: STRING}}}
  comp-read:
    executorLabel: exec-read
    inputDefinitions: {parameters: {value: {parameterType: STRING}}}
deploymentSpec:
  executors:
    exec-write:
      container:
        image: python:3.11
        command: [sh, -c, 'printf %s "$0" > "$1"', '{{$.inputs.parameters[''text'']}}', '{{$.outputs.parameters[''out''].output_file}}']
    exec-read:
      container:
        image: python:3.11
        command: [echo, '{{$.inputs.parameters[''value'']}}']
pipelineInfo: {name: kfp-local}
root:
  dag:
    tasks:
      write:
        componentRef: {name: comp-write}
        inputs: {parameters: {text: {componentInputParameter: text}}}
        taskInfo: {name: write}
      read:
        componentRef: {name: comp-read}
        dependentTasks: [write]
        inputs:
          parameters:
            value: {taskOutputParameter: {outputParameterKey: out, producerTask: write}}
        taskInfo: {name: read}
      never:
        componentRef: {name: comp-read}
        dependentTasks: [write]
        inputs:
          parameters:
            value: {taskOutputParameter: {outputParameterKey: out, producerTask: write}}
        triggerPolicy: {condition: "inputs.parameter_values['value'] == 'something else'"}
        taskInfo: {name: never}
  inputDefinitions: {parameters: {text: {parameterType: STRING}}}
schemaVersion: 2.1.0
sdkVersion: kfp-2.14.6
)", request);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("write"))->outputs.value(QStringLiteral("out")), QStringLiteral("kfp says hi"));
        QCOMPARE(s.node(QStringLiteral("read"))->outputs.value(QStringLiteral("result")), QStringLiteral("kfp says hi"));
        QCOMPARE(phase(s, QStringLiteral("never")), QStringLiteral("Skipped"));
    }

    void retriesUntilItWorks()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: flaky, template: flaky}
  - name: flaky
    retryStrategy: {limit: "3", backoff: {duration: "1", factor: "1"}}
    container:
      image: busybox
      command: [sh, -c, "n=$(cat /mnt/c/n 2>/dev/null || echo 0); echo $((n+1)) > /mnt/c/n; test $n -ge 2"]
      volumeMounts: [{name: counter, mountPath: /mnt/c}]
)", "  volumes: [{name: counter, persistentVolumeClaim: {claimName: counter}}]\n"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.children(QStringLiteral("flaky")).size(), 3);
        QCOMPARE(phase(s, QStringLiteral("flaky#0")), QStringLiteral("Failed"));
        QCOMPARE(phase(s, QStringLiteral("flaky#2")), QStringLiteral("Succeeded"));
        // The task's log is its last attempt's.
        LogStream *stream = engine.backend->openLogStream(s.id, QStringLiteral("flaky"), this);
        QTRY_VERIFY(stream->isFinished());
        // The backoff was kept between attempts.
        QVERIFY(started(s, QStringLiteral("flaky#1")).msecsTo(started(s, QStringLiteral("flaky#2"))) >= 900);
    }

    void stopsATaskAtItsTimeout()
    {
        Engine engine;
        QElapsedTimer clock;
        clock.start();
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: slow, template: slow}
      - {name: slower, template: slower}
  - name: slow
    activeDeadlineSeconds: 1
    container: {image: busybox, command: [sh, -c, "sleep 60"]}
  - name: slower
    timeout: 2s
    container: {image: busybox, command: [sh, -c, "sleep 60"]}
)"));
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QVERIFY2(s.node(QStringLiteral("slow"))->message.contains(QStringLiteral("timed out after 1 second")), qPrintable(Engine::describe(s)));
        QVERIFY2(s.node(QStringLiteral("slower"))->message.contains(QStringLiteral("timed out after 2 second")), qPrintable(Engine::describe(s)));
        QVERIFY(clock.elapsed() < 30000);
    }

    void cancelLeavesNoProcessBehind()
    {
        Engine engine;
        const QString marker = QStringLiteral("31%1").arg(QCoreApplication::applicationPid() % 1000);
        const QString id = engine.submit(pstest::pipelineFromYaml(workflow(QStringLiteral(R"(
  - name: main
    steps:
    - - {name: busy, template: busy}
  - name: busy
    container: {image: busybox, command: [sh, -c, "sleep %1 & sleep %1 & sleep %1"]}
)").arg(marker).toUtf8())));
        auto sleepers = [&] {
            int n = 0;
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(QByteArray(QByteArray("sleep\0", 6) + marker.toUtf8())))
                    ++n;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sleepers(), 3, 20000);
        QVERIFY(engine.backend->cancel(id).ok());
        QVERIFY(engine.waitFinished(id));
        const RunSnapshot s = *engine.backend->snapshot(id);
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QCOMPARE(s.message, QStringLiteral("cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(sleepers(), 0, 5000);
    }

    void reusesCachedOutputsUnlessToldNotTo()
    {
        Engine engine;
        const QByteArray native = R"(format: pipeline-studio
schemaVersion: 1
kind: pipeline
name: stamps
tasks:
  - {name: stamp, component: stamp}
components:
  stamp:
    name: stamp
    implementation:
      container: {image: busybox, command: [sh, -c, "date +%s%N"]}
)";
        const RunSnapshot first = engine.run(native);
        QCOMPARE(phase(first, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        const RunSnapshot second = engine.run(native);
        QCOMPARE(phase(second, QStringLiteral("stamp")), QStringLiteral("Cached"));
        QCOMPARE(second.node(QStringLiteral("stamp"))->outputs.value(QStringLiteral("result")),
                 first.node(QStringLiteral("stamp"))->outputs.value(QStringLiteral("result")));
        RunRequest noCache;
        noCache.cachingEnabled = false;
        const RunSnapshot third = engine.run(native, noCache);
        QCOMPARE(phase(third, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        QVERIFY(third.node(QStringLiteral("stamp"))->outputs.value(QStringLiteral("result"))
                != first.node(QStringLiteral("stamp"))->outputs.value(QStringLiteral("result")));
    }

    void runsTheExitHandlerWithTheRunStatus()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: boom, template: fail}
  - name: bye
    container: {image: busybox, command: [sh, -c, "echo status={{workflow.status}}"]}
)", "  onExit: bye\n"));
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QCOMPARE(phase(s, QStringLiteral("bye")), QStringLiteral("Succeeded"));
        QCOMPARE(s.node(QStringLiteral("bye"))->outputs.value(QStringLiteral("result")), QStringLiteral("status=Failed"));
    }

    void runsATasksOwnExitHookWhateverItsOutcome()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: ok, template: echo, onExit: bye}
      - {name: bad, template: fail, onExit: bye, continueOn: {failed: true}}
  - name: bye
    container: {image: busybox, command: [sh, -c, "echo cleaned up"]}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(phase(s, QStringLiteral("ok.onExit")), QStringLiteral("Succeeded"));
        QCOMPARE(phase(s, QStringLiteral("bad.onExit")), QStringLiteral("Succeeded"));
        QCOMPARE(phase(s, QStringLiteral("bad")), QStringLiteral("Failed"));
        QVERIFY(started(s, QStringLiteral("bad.onExit")) >= ended(s, QStringLiteral("bad")));
    }

    void parallelTasksWritingTheSameTmpPathDoNotCollide()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: one, template: same-path, arguments: {parameters: [{name: who, value: one}]}}
      - {name: two, template: same-path, arguments: {parameters: [{name: who, value: two}]}}
  - name: same-path
    inputs: {parameters: [{name: who}]}
    container: {image: busybox, command: [sh, -c, "echo {{inputs.parameters.who}} > /tmp/shared.txt; sleep 1; cat /tmp/shared.txt"]}
)"));
        if (engine.backend->environmentDescription().contains(QStringLiteral("unsandboxed")))
            QSKIP("bubblewrap does not work on this machine");
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QVERIFY(started(s, QStringLiteral("two")) < ended(s, QStringLiteral("one")));
        QCOMPARE(s.node(QStringLiteral("one"))->outputs.value(QStringLiteral("result")), QStringLiteral("one"));
        QCOMPARE(s.node(QStringLiteral("two"))->outputs.value(QStringLiteral("result")), QStringLiteral("two"));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/shared.txt")));
    }

    void runsUnsandboxedWhenToldOrWhenBubblewrapFails()
    {
        LocalBackend::Settings settings;
        settings.sandbox = false;
        settings.containers = false;
        Engine engine(settings);
        QSignalSpy notices(engine.backend.get(), &LocalBackend::notice);
        QTRY_VERIFY(engine.backend->isReady());
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.front().front().toString().contains(QStringLiteral("unsandboxed")));
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: hello, template: echo, arguments: {parameters: [{name: msg, value: plain}]}}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("hello"))->outputs.value(QStringLiteral("result")), QStringLiteral("plain"));
        QCOMPARE(notices.count(), 1); // said once, not per task
    }

    void aFailingTaskFailsTheRunAndOmitsWhatFollows()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: broken, template: fail}
      - {name: after, template: echo, dependencies: [broken]}
)"));
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QCOMPARE(phase(s, QStringLiteral("broken")), QStringLiteral("Failed"));
        QCOMPARE(s.node(QStringLiteral("broken"))->message, QStringLiteral("exited with code 3"));
        QCOMPARE(phase(s, QStringLiteral("after")), QStringLiteral("Omitted"));
        QVERIFY(s.message.contains(QStringLiteral("broken")));
        // The task's stderr is in its log, with its stream.
        LogStream *stream = engine.backend->openLogStream(s.id, QStringLiteral("broken"), this);
        QSignalSpy lines(stream, &LogStream::linesArrived);
        QTRY_VERIFY(lines.count() > 0);
        const LogLines got = lines.front().front().value<LogLines>();
        QCOMPARE(got.front().text, QStringLiteral("broken"));
        QVERIFY(got.front().stream == LogLine::Stream::Stderr);
    }

    void aMissingCommandSaysSo()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: nothing, template: nothing}
  - name: nothing
    container: {image: example/tool, command: [no-such-command-here, --help]}
)"));
        QCOMPARE(toString(s.phase), QStringLiteral("Error"));
        QVERIFY2(s.node(QStringLiteral("nothing"))->message.contains(QStringLiteral("'no-such-command-here' does not exist")),
                 qPrintable(Engine::describe(s)));
    }

    void anInterruptedRunEndsAsErrorAfterARestart()
    {
        QTemporaryDir data;
        {
            RunSnapshot s;
            s.id = QStringLiteral("r-1");
            s.phase = RunPhase::Running;
            s.createdAt = QDateTime::currentDateTimeUtc();
            RunNode n;
            n.id = QStringLiteral("a");
            n.phase = TaskPhase::Running;
            s.nodes.append(n);
            QDir().mkpath(data.filePath(QStringLiteral("runs/r-1")));
            QFile f(data.filePath(QStringLiteral("runs/r-1/run.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(s.toJson()).toJson());
        }
        Engine engine({}, data.path());
        const std::optional<RunSnapshot> s = engine.backend->snapshot(QStringLiteral("r-1"));
        QVERIFY(s);
        QCOMPARE(toString(s->phase), QStringLiteral("Error"));
        QVERIFY(s->message.startsWith(QStringLiteral("interrupted")));
        QCOMPARE(toString(s->node(QStringLiteral("a"))->phase), QStringLiteral("Error"));
        // …and it stays so for the next start.
        Engine again({}, data.path());
        QCOMPARE(toString(again.backend->snapshot(QStringLiteral("r-1"))->phase), QStringLiteral("Error"));
    }

    void retryRerunsOnlyWhatFailed()
    {
        Engine engine;
        const QString id = engine.submit(pstest::pipelineFromYaml(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: first, template: stamp}
      - {name: second, template: check, dependencies: [first]}
  - name: stamp
    container: {image: busybox, command: [sh, -c, "date +%s%N"]}
  - name: check
    container:
      image: busybox
      command: [sh, -c, "test -e /mnt/flag/ok"]
      volumeMounts: [{name: flag, mountPath: /mnt/flag}]
)", "  volumes: [{name: flag, persistentVolumeClaim: {claimName: flag}}]\n")));
        QVERIFY(engine.waitFinished(id));
        RunSnapshot s = *engine.backend->snapshot(id);
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        const QString firstResult = s.node(QStringLiteral("first"))->outputs.value(QStringLiteral("result"));
        // The user fixes what was wrong (here: the volume's content), then retries.
        QFile flag(engine.dataDir() + QStringLiteral("/volumes/flag/ok"));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QVERIFY(engine.backend->retry(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(ps::isFinished(engine.backend->snapshot(id)->phase), 30000);
        s = *engine.backend->snapshot(id);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(phase(s, QStringLiteral("second")), QStringLiteral("Succeeded"));
        // The task that had succeeded was not run again.
        QCOMPARE(s.node(QStringLiteral("first"))->outputs.value(QStringLiteral("result")), firstResult);
    }
};

PS_TEST(LocalEngineTest)
#include "tst_localengine.moc"
