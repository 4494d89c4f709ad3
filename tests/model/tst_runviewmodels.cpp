#include "artifactlistmodel.h"
#include "runnodesmodel.h"
#include "tablerowsmodel.h"
#include "taskrunstate.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ps;

namespace {

RunNode node(const QString &id, const QString &parent, const QString &name, RunNode::Kind kind, TaskPhase phase)
{
    RunNode n;
    n.id = id;
    n.parentId = parent;
    n.name = name;
    n.displayName = id;
    n.kind = kind;
    n.phase = phase;
    return n;
}

// A run with a plain task, a loop of three iterations and a retried task.
RunSnapshot sampleRun()
{
    RunSnapshot s;
    s.id = QStringLiteral("r-1");
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate);
    RunNode load = node(QStringLiteral("load"), {}, QStringLiteral("load"), RunNode::Kind::Task, TaskPhase::Succeeded);
    load.startedAt = t0;
    load.finishedAt = t0.addMSecs(3400);
    s.nodes << load;
    s.nodes << node(QStringLiteral("train"), {}, QStringLiteral("train"), RunNode::Kind::Loop, TaskPhase::Running);
    s.nodes << node(QStringLiteral("train(0)"), QStringLiteral("train"), QStringLiteral("train"), RunNode::Kind::Iteration, TaskPhase::Succeeded);
    s.nodes << node(QStringLiteral("train(1)"), QStringLiteral("train"), QStringLiteral("train"), RunNode::Kind::Iteration, TaskPhase::Succeeded);
    s.nodes << node(QStringLiteral("train(2)"), QStringLiteral("train"), QStringLiteral("train"), RunNode::Kind::Iteration, TaskPhase::Running);
    s.nodes << node(QStringLiteral("push"), {}, QStringLiteral("push"), RunNode::Kind::Task, TaskPhase::Failed);
    s.nodes << node(QStringLiteral("push#1"), QStringLiteral("push"), QStringLiteral("push"), RunNode::Kind::Attempt, TaskPhase::Failed);
    s.nodes << node(QStringLiteral("push#2"), QStringLiteral("push"), QStringLiteral("push"), RunNode::Kind::Attempt, TaskPhase::Failed);
    return s;
}

} // namespace

class RunViewModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void taskStatesSummariseLoopsAndRetries()
    {
        const QHash<QString, TaskRunState> states = TaskRunState::ofScope(sampleRun(), QString());
        QCOMPARE(states.size(), 3);
        const TaskRunState train = states.value(QStringLiteral("train"));
        QCOMPARE(train.iterationCount(), 3);
        QCOMPARE(train.iterationPhases.value(TaskPhase::Succeeded), 2);
        QCOMPARE(train.iterationPhases.value(TaskPhase::Running), 1);
        const QString summary = train.summary(QDateTime::currentDateTimeUtc());
        QVERIFY2(summary.startsWith(QStringLiteral("3 iteration")) && summary.contains(QStringLiteral(": 1 running, 2 succeeded")),
                 qPrintable(summary));
        QCOMPARE(states.value(QStringLiteral("push")).attempts, 2);
        QVERIFY(states.value(QStringLiteral("push")).summary({}).contains(QStringLiteral("attempt 2")));
        QCOMPARE(states.value(QStringLiteral("load")).summary({}), QStringLiteral("Succeeded · 3.4 s"));
        // Inside the loop, the scope is the loop node: its iterations are the "tasks".
        QCOMPARE(ps::toString(TaskRunState::ofScope(sampleRun(), QStringLiteral("train")).value(QStringLiteral("train")).phase), ps::toString(TaskPhase::Running));
    }

    void durationsReadLikeAClock()
    {
        QCOMPARE(TaskRunState::formatDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(TaskRunState::formatDuration(12'000), QStringLiteral("12 s"));
        QCOMPARE(TaskRunState::formatDuration(184'000), QStringLiteral("3 min 4 s"));
        QCOMPARE(TaskRunState::formatDuration(7'500'000), QStringLiteral("2 h 5 min"));
    }

    void nodeTreeGrowsInPlace()
    {
        RunNodesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunSnapshot s = sampleRun();
        const QList<RunNode> all = s.nodes;
        s.nodes = all.mid(0, 3);
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex train = model.indexOf(QStringLiteral("train"));
        QCOMPARE(model.rowCount(train), 1);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        s.nodes = all;
        s.nodes[0].phase = TaskPhase::Failed;
        model.setSnapshot(s);
        QCOMPARE(resets.count(), 0);          // a view keeps its selection and expansion
        QCOMPARE(inserts.count(), 5);
        QVERIFY(changes.count() >= 1);
        QVERIFY(train.isValid());
        QCOMPARE(model.rowCount(train), 3);
        QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("push"))), 2);
        QCOMPARE(model.indexOf(QStringLiteral("load"), RunNodesModel::PhaseColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.indexOf(QStringLiteral("load"), RunNodesModel::DurationColumn).data().toString(), QStringLiteral("3.4 s"));
        QCOMPARE(model.indexOf(QStringLiteral("train(2)")).parent(), QModelIndex(train));

        RunSnapshot other = sampleRun();
        other.id = QStringLiteral("r-2");
        model.setSnapshot(other);
        QCOMPARE(resets.count(), 1);          // another run starts afresh
    }

    void artifactListKeepsRowsThatStay()
    {
        ArtifactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArtifactInfo a{QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("system.Model"), 2048, false, QStringLiteral("/x/model.pkl")};
        ArtifactInfo b{QStringLiteral("metrics"), QStringLiteral("eval"), QStringLiteral("system.Metrics"), 80, false, QStringLiteral("/x/m.json")};
        model.setArtifacts({a});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setArtifacts({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.index(0, ArtifactListModel::SizeColumn).data().toString(), QStringLiteral("2.00 KiB"));
        QCOMPARE(model.index(1, ArtifactListModel::TaskColumn).data().toString(), QStringLiteral("eval"));
        model.setArtifacts({b});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.artifactAt(0).name, QStringLiteral("metrics"));
    }

    void tableRowsShowTheirHeader()
    {
        TableRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({QStringLiteral("a"), QStringLiteral("b")}, {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3")}});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, 1).data().toString(), QString());   // a short row stays short
    }
};

PS_TEST(RunViewModelsTest)
#include "tst_runviewmodels.moc"
