#include "builders.h"
#include "graphalgorithms.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;
using namespace pstest;

class GraphTest : public QObject
{
    Q_OBJECT

private slots:
    void idsAreStableAndUnique()
    {
        Graph g;
        const TaskId a = g.addTask(task(QStringLiteral("a")));
        const TaskId b = g.addTask(task(QStringLiteral("b")));
        QVERIFY(a.isValid() && b.isValid() && a != b);
        const auto taken = g.takeTask(a);
        QVERIFY(taken);
        QCOMPARE(g.size(), 1);
        QVERIFY(!g.task(a));
        QCOMPARE(g.task(b)->name, QStringLiteral("b"));
        // A new task never reuses an id that was handed out.
        const TaskId c = g.addTask(task(QStringLiteral("c")));
        QVERIFY(c != a && c != b);
        g.insertTask(0, *taken);
        QCOMPARE(g.tasks().front().id, a);
        QCOMPARE(g.indexOf(b), 1);
    }

    void uniqueNames()
    {
        Graph g;
        g.addTask(task(QStringLiteral("train")));
        g.addTask(task(QStringLiteral("train-2")));
        QCOMPARE(g.uniqueName(QStringLiteral("train")), QStringLiteral("train-3"));
        QCOMPARE(g.uniqueName(QStringLiteral("test")), QStringLiteral("test"));
    }

    void edgesComeFromBindingsDependenciesAndLoops()
    {
        Pipeline p = chainOfThree();
        const TaskId a = idOf(p, QStringLiteral("a"));
        const TaskId c = idOf(p, QStringLiteral("c"));
        p.root.task(c)->dependencies.append(a);
        const QList<Edge> edges = p.root.edges();
        QCOMPARE(edges.size(), 3);
        QCOMPARE(edges[0].fromPort, QStringLiteral("out"));
        QVERIFY(edges[2].isControl());
        QCOMPARE(p.root.upstreamOf(c).size(), 2);
    }

    void topologicalOrderAndCycles()
    {
        Pipeline p = chainOfThree();
        QList<TaskId> cyclic;
        const QList<TaskId> order = graphalgorithms::topologicalOrder(p.root, &cyclic);
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.front(), idOf(p, QStringLiteral("a")));
        QVERIFY(cyclic.isEmpty());
        QVERIFY(graphalgorithms::cycles(p.root).isEmpty());

        // c feeds a: a → b → c → a.
        p.root.task(idOf(p, QStringLiteral("a")))->inputs.insert(
            QStringLiteral("in"), Binding::taskOutput(idOf(p, QStringLiteral("c")), QStringLiteral("out")));
        const auto found = graphalgorithms::cycles(p.root);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().size(), 3);
        QVERIFY(graphalgorithms::topologicalOrder(p.root).isEmpty());
    }

    void selfLoopIsACycle()
    {
        Graph g;
        const TaskId a = g.addTask(task(QStringLiteral("a")));
        g.task(a)->dependencies.append(a);
        QCOMPARE(graphalgorithms::cycles(g).size(), 1);
    }

    void deepChainDoesNotOverflow()
    {
        // 20,000 tasks in a line: the algorithms must not recurse per task.
        Graph g;
        TaskId previous;
        for (int i = 0; i < 20000; ++i) {
            Task t = task(QStringLiteral("t%1").arg(i));
            if (previous.isValid())
                t.dependencies.append(previous);
            previous = g.addTask(t);
        }
        QVERIFY(graphalgorithms::cycles(g).isEmpty());
        QCOMPARE(graphalgorithms::topologicalOrder(g).size(), 20000);
    }
};

PS_TEST(GraphTest)
#include "tst_graph.moc"
