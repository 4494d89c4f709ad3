#include "enginetesting.h"
#include "testregistry.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ps;
using pstest::Engine;

// Argo-only behaviour of the local engine: memoize, expression tags, parallelism and
// synchronization.
namespace {

QString phase(const RunSnapshot &s, const QString &id) { return s.node(id) ? toString(s.node(id)->phase) : QStringLiteral("missing"); }

const QByteArray kTemplates = R"(
  - name: echo
    inputs: {parameters: [{name: msg, value: hi}]}
    container: {image: busybox, command: [sh, -c, "echo {{inputs.parameters.msg}}"]}
  - name: nap
    inputs: {parameters: [{name: msg, value: z}]}
    container: {image: busybox, command: [sh, -c, "sleep 0.6; echo {{inputs.parameters.msg}}"]}
)";

QByteArray workflow(const QByteArray &entryTemplate, const QByteArray &extraSpec = {})
{
    return "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: t-}\nspec:\n  entrypoint: main\n" + extraSpec
           + "  templates:\n" + entryTemplate + kTemplates;
}

LocalBackend::Settings roomy()
{
    LocalBackend::Settings s;
    s.parallelism = 8; // more than any limit below: what limits them is the pipeline
    return s;
}

QList<const RunNode *> nodesOfKind(const RunSnapshot &s, RunNode::Kind kind)
{
    QList<const RunNode *> found;
    for (const RunNode &n : s.nodes)
        if (n.kind == kind)
            found.append(&n);
    return found;
}

} // namespace

class LocalEngineArgoTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    void cachesArgoTemplatesOnlyWhenMemoized()
    {
        Engine engine;
        auto stamps = [](const QByteArray &memoize) {
            return workflow(R"(
  - name: main
    inputs: {parameters: [{name: key}]}
    steps:
    - - {name: stamp, template: stamp, arguments: {parameters: [{name: key, value: "{{inputs.parameters.key}}"}]}}
  - name: stamp
    inputs: {parameters: [{name: key}]}
)" + memoize + R"(
    container: {image: busybox, command: [sh, -c, "date +%s%N"]}
)", "  arguments: {parameters: [{name: key, value: k1}]}\n");
        };
        auto result = [](const RunSnapshot &s) { return s.node(QStringLiteral("stamp"))->outputs.value(QStringLiteral("result")); };
        // Without memoize Argo runs the template every time.
        const QByteArray plain = stamps({});
        const RunSnapshot a = engine.run(plain), b = engine.run(plain);
        QCOMPARE(phase(b, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        QVERIFY(result(a) != result(b));

        // Memoized: the same key reuses the outputs, another key runs again.
        const QByteArray memoized = stamps("    memoize: {key: \"stamp-{{inputs.parameters.key}}\", maxAge: 1h, cache: {configMap: {name: c}}}");
        const RunSnapshot c = engine.run(memoized), d = engine.run(memoized);
        QCOMPARE(phase(c, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        QCOMPARE(phase(d, QStringLiteral("stamp")), QStringLiteral("Cached"));
        QCOMPARE(result(d), result(c));
        RunRequest other;
        other.parameters.insert(QStringLiteral("key"), QStringLiteral("k2"));
        const RunSnapshot e = engine.run(memoized, other);
        QCOMPARE(phase(e, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        QVERIFY(result(e) != result(c));

        // maxAge: an entry older than that is not used.
        const QByteArray shortLived = stamps("    memoize: {key: short, maxAge: 1s, cache: {configMap: {name: c}}}");
        const RunSnapshot f = engine.run(shortLived);
        QCOMPARE(phase(engine.run(shortLived), QStringLiteral("stamp")), QStringLiteral("Cached"));
        QTest::qWait(1500);
        const RunSnapshot g = engine.run(shortLived);
        QCOMPARE(phase(g, QStringLiteral("stamp")), QStringLiteral("Succeeded"));
        QVERIFY(result(g) != result(f));
    }

    void evaluatesExpressionTags()
    {
        Engine engine;
        RunRequest request;
        request.parameters.insert(QStringLiteral("json"), QStringLiteral(R"([{"value": "false"}])"));
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    inputs: {parameters: [{name: should-print, value: "true"}, {name: n, value: "4"}, {name: json}]}
    steps:
    - - {name: doubled, template: echo, arguments: {parameters: [{name: msg, value: "{{=asInt(inputs.parameters.n) * 2}}"}]}}
    - - {name: shown, template: echo, when: '{{= inputs.parameters["should-print"] == "true"}}'}
      - {name: hidden, template: echo, when: "{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}"}
      - name: joined
        template: echo
        arguments: {parameters: [{name: msg, value: "{{=sprig.upper(steps.doubled.outputs.result + '-' + workflow.parameters.n)}}"}]}
)", "  arguments: {parameters: [{name: should-print, value: \"true\"}, {name: n, value: \"4\"}, {name: json}]}\n"), request);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QCOMPARE(s.node(QStringLiteral("doubled"))->outputs.value(QStringLiteral("result")), QStringLiteral("8"));
        QCOMPARE(phase(s, QStringLiteral("shown")), QStringLiteral("Succeeded"));
        QCOMPARE(phase(s, QStringLiteral("hidden")), QStringLiteral("Skipped"));
        QCOMPARE(s.node(QStringLiteral("joined"))->outputs.value(QStringLiteral("result")), QStringLiteral("8-4"));
    }

    void anExpressionThatDoesNotParseFailsTheTaskSayingWhere()
    {
        Engine engine;
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: broken, template: echo, arguments: {parameters: [{name: msg, value: "{{=1 + * 3}}"}]}}
    - - {name: after, template: echo}
)"));
        QCOMPARE(toString(s.phase), QStringLiteral("Error"));
        const RunNode *broken = s.node(QStringLiteral("broken"));
        QVERIFY(broken);
        QVERIFY2(broken->message.contains(QStringLiteral("'1 + * 3' does not parse at position 5: unexpected '*'")),
                 qPrintable(broken->message));
        QVERIFY2(s.message.contains(QStringLiteral("does not parse")), qPrintable(s.message));
        QVERIFY(!s.node(QStringLiteral("after")) || !ps::isSuccessful(s.node(QStringLiteral("after"))->phase));
    }

    void retriesOnlyWhileTheRetryExpressionHolds()
    {
        Engine engine;
        // Attempt n exits with code n + 2; the expression allows a retry after code 2 only.
        const RunSnapshot s = engine.run(workflow(R"yaml(
  - name: main
    steps:
    - - {name: picky, template: picky, arguments: {parameters: [{name: allowed, value: "2"}]}}
  - name: picky
    inputs: {parameters: [{name: allowed}]}
    retryStrategy:
      limit: 5
      expression: asInt(lastRetry.exitCode) == {{inputs.parameters.allowed}} && lastRetry.status == "Failed"
    container: {image: busybox, command: [sh, -c, "exit $(( {{retries}} + 2 ))"]}
)yaml"));
        QCOMPARE(toString(s.phase), QStringLiteral("Failed"));
        QCOMPARE(s.children(QStringLiteral("picky")).size(), 2);
        QCOMPARE(s.node(QStringLiteral("picky"))->message, QStringLiteral("exited with code 3"));
    }

    void keepsToWorkflowAndTemplateParallelism()
    {
        Engine engine(roomy());
        // spec.parallelism: 2 task processes of the run at once.
        const RunSnapshot w = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: a, template: nap}
      - {name: b, template: nap}
      - {name: c, template: nap}
      - {name: d, template: nap}
)", "  parallelism: 2\n"), {});
        QVERIFY2(w.phase == RunPhase::Succeeded, qPrintable(Engine::describe(w)));
        QCOMPARE(pstest::mostAtOnce(w.leaves()), 2);

        // The entry template's parallelism bounds its loop's iterations, as in Argo's
        // parallelism-template-limit example.
        const RunSnapshot t = engine.run(workflow(R"(
  - name: main
    parallelism: 2
    steps:
    - - {name: sleep, template: nap, withItems: [1, 2, 3, 4, 5]}
)"));
        QVERIFY2(t.phase == RunPhase::Succeeded, qPrintable(Engine::describe(t)));
        QCOMPARE(t.leaves().size(), 5);
        QCOMPARE(pstest::mostAtOnce(t.leaves()), 2);

        // Nested, as parallelism-nested-dag: A lets two of its sub-DAGs run at once, each of
        // which runs its own two tasks side by side.
        const RunSnapshot n = engine.run(workflow(R"(
  - name: main
    parallelism: 2
    dag:
      tasks:
      - {name: b1, template: B}
      - {name: b2, template: B}
      - {name: b3, template: B}
  - name: B
    dag:
      tasks:
      - {name: c1, template: nap}
      - {name: c2, template: nap}
)"));
        QVERIFY2(n.phase == RunPhase::Succeeded, qPrintable(Engine::describe(n)));
        QCOMPARE(nodesOfKind(n, RunNode::Kind::Graph).size(), 3);
        QCOMPARE(pstest::mostAtOnce(nodesOfKind(n, RunNode::Kind::Graph)), 2);
        QCOMPARE(pstest::mostAtOnce(n.leaves()), 4);
    }

    void mutexesAndSemaphoresLetOneHolderInAtATime()
    {
        Engine engine(roomy());
        QSignalSpy notices(engine.backend.get(), &LocalBackend::notice);
        // Template level: the iterations of a loop over a template with a mutex, and over
        // one with a semaphore (its limit is on the cluster; here 1, and the user is told).
        const RunSnapshot s = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: locked, template: locked, withItems: [1, 2, 3]}
      - {name: counted, template: counted, withItems: [1, 2, 3]}
  - name: locked
    synchronization: {mutex: {name: m}}
    container: {image: busybox, command: [sh, -c, "sleep 0.4"]}
  - name: counted
    synchronization: {semaphore: {configMapKeyRef: {name: my-config, key: workflow}}}
    container: {image: busybox, command: [sh, -c, "sleep 0.4"]}
)"));
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QList<const RunNode *> locked, counted;
        for (const RunNode *leaf : s.leaves())
            (leaf->name == u"locked" ? locked : counted).append(leaf);
        QCOMPARE(locked.size(), 3);
        QCOMPARE(pstest::mostAtOnce(locked), 1);
        QCOMPARE(pstest::mostAtOnce(counted), 1);
        QCOMPARE(pstest::mostAtOnce(s.leaves()), 2); // one of each: the two locks are separate
        bool told = false;
        for (const QList<QVariant> &n : std::as_const(notices))
            told = told || n.value(0).toString().contains(QStringLiteral("semaphore 'my-config/workflow'"));
        QVERIFY(told);

        // A sub-DAG template with a mutex: its invocations take turns, whole.
        const RunSnapshot g = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: guarded, template: guarded, withItems: [1, 2]}
  - name: guarded
    synchronization: {mutex: {name: g}}
    dag:
      tasks:
      - {name: a, template: nap}
      - {name: b, template: nap}
)"));
        QVERIFY2(g.phase == RunPhase::Succeeded, qPrintable(Engine::describe(g)));
        QCOMPARE(nodesOfKind(g, RunNode::Kind::Graph).size(), 2);
        QCOMPARE(pstest::mostAtOnce(nodesOfKind(g, RunNode::Kind::Graph)), 1);
        QCOMPARE(pstest::mostAtOnce(g.leaves()), 2);

        // Workflow level: a second run of a workflow holding the mutex waits, Pending, for the first.
        const Pipeline p = pstest::pipelineFromYaml(workflow(R"(
  - name: main
    steps:
    - - {name: hold, template: nap}
)", "  synchronization: {mutexes: [{name: wf}]}\n"));
        const QString first = engine.submit(p), second = engine.submit(p);
        QTRY_VERIFY_WITH_TIMEOUT(engine.backend->snapshot(first)->phase == RunPhase::Running, 10000);
        const RunSnapshot waiting = *engine.backend->snapshot(second);
        QCOMPARE(toString(waiting.phase), QStringLiteral("Pending"));
        QVERIFY2(waiting.message.contains(QStringLiteral("mutex 'wf'")), qPrintable(waiting.message));
        QVERIFY(engine.waitFinished(first) && engine.waitFinished(second));
        const RunSnapshot a = *engine.backend->snapshot(first), b = *engine.backend->snapshot(second);
        QVERIFY2(b.phase == RunPhase::Succeeded, qPrintable(Engine::describe(b)));
        QVERIFY(a.node(QStringLiteral("hold"))->finishedAt <= b.node(QStringLiteral("hold"))->startedAt);
    }

    void aMutexHeldByItsOwnRunFailsInsteadOfWaitingForever()
    {
        Engine engine(roomy());
        // The workflow holds 'x' and a template asks for 'x' too: on Argo this waits forever.
        QElapsedTimer clock;
        clock.start();
        const RunSnapshot w = engine.run(workflow(R"(
  - name: main
    steps:
    - - {name: take, template: take}
  - name: take
    synchronization: {mutex: {name: x}}
    container: {image: busybox, command: [sh, -c, "true"]}
)", "  synchronization: {mutex: {name: x}}\n"), {}, 10000);
        QVERIFY2(ps::isFinished(w.phase), "the run still waits for its own mutex");
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(w.phase == RunPhase::Failed || w.phase == RunPhase::Error, qPrintable(Engine::describe(w)));
        const RunNode *take = w.node(QStringLiteral("take"));
        QVERIFY(take);
        QVERIFY2(take->message.contains(QStringLiteral("mutex 'x' is already held by this run (the workflow's synchronization); Argo would wait forever")),
                 qPrintable(take->message));

        // A sub-DAG holding 'y' whose child takes 'y'.
        const RunSnapshot g = engine.run(workflow(R"(
  - name: main
    dag:
      tasks:
      - {name: outer, template: outer}
  - name: outer
    synchronization: {mutex: {name: y}}
    dag:
      tasks:
      - {name: inner, template: inner}
  - name: inner
    synchronization: {mutex: {name: y}}
    container: {image: busybox, command: [sh, -c, "true"]}
)"), {}, 10000);
        QVERIFY2(ps::isFinished(g.phase), "the run still waits for its own mutex");
        QVERIFY2(g.phase != RunPhase::Succeeded, qPrintable(Engine::describe(g)));
        QVERIFY2(Engine::describe(g).contains(QStringLiteral("mutex 'y' is already held by this run (task 'outer')")), qPrintable(Engine::describe(g)));
    }
};

PS_TEST(LocalEngineArgoTest)
#include "tst_localengineargo.moc"
