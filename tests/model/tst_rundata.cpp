#include "logline.h"
#include "runsnapshot.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;

class RunDataTest : public QObject
{
    Q_OBJECT

private slots:
    void phaseNamesAreArgos()
    {
        QCOMPARE(toString(RunPhase::Succeeded), QStringLiteral("Succeeded"));
        QCOMPARE(toString(TaskPhase::Omitted), QStringLiteral("Omitted"));
        QCOMPARE(toString(TaskPhase::Cached), QStringLiteral("Cached"));
        for (TaskPhase p : {TaskPhase::Pending, TaskPhase::Running, TaskPhase::Succeeded, TaskPhase::Failed, TaskPhase::Error,
                            TaskPhase::Skipped, TaskPhase::Omitted, TaskPhase::Cached})
            QVERIFY(taskPhaseFromString(toString(p)) == p);
        QVERIFY(!runPhaseFromString(QStringLiteral("Cached")));
        QVERIFY(isSuccessful(TaskPhase::Skipped));
        QVERIFY(!isSuccessful(TaskPhase::Omitted));
    }

    void snapshotRoundTripsThroughJson()
    {
        RunSnapshot s;
        s.id = QStringLiteral("iris-1");
        s.pipelineName = QStringLiteral("iris");
        s.phase = RunPhase::Failed;
        s.message = QStringLiteral("task 'train' failed");
        s.createdAt = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
        s.parameters.insert(QStringLiteral("seed"), QStringLiteral("42"));
        RunNode loop;
        loop.id = QStringLiteral("train");
        loop.name = QStringLiteral("train");
        loop.kind = RunNode::Kind::Loop;
        loop.component = QStringLiteral("train-model");
        loop.phase = TaskPhase::Failed;
        RunNode it = loop;
        it.id = QStringLiteral("train(3)");
        it.parentId = QStringLiteral("train");
        it.kind = RunNode::Kind::Iteration;
        it.command = {QStringLiteral("python3"), QStringLiteral("-c"), QStringLiteral("print(1)")};
        it.inputs.insert(QStringLiteral("x"), QStringLiteral("3"));
        it.outputs.insert(QStringLiteral("result"), QStringLiteral("1"));
        it.startedAt = s.createdAt;
        s.nodes = {loop, it};
        QString error;
        const std::optional<RunSnapshot> back = RunSnapshot::fromJson(s.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == s);
        QCOMPARE(back->children(QStringLiteral("train")).size(), 1);
        QCOMPARE(back->leaves().size(), 1);
        QCOMPARE(back->leaves().front()->id, QStringLiteral("train(3)"));
    }

    void refusesWhatIsNotARun()
    {
        QString error;
        QVERIFY(!RunSnapshot::fromJson(QJsonObject{{QStringLiteral("id"), 1}}, &error));
        QVERIFY(!error.isEmpty());
        QJsonObject o = RunSnapshot{QStringLiteral("r")}.toJson();
        o.insert(QStringLiteral("phase"), QStringLiteral("Exploded"));
        QVERIFY(!RunSnapshot::fromJson(o, &error));
        QVERIFY(error.contains(QStringLiteral("Exploded")));
    }

    void logLinesRoundTrip()
    {
        const LogLine line{QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.006Z"), Qt::ISODateWithMs), LogLine::Stream::Stderr,
                           QStringLiteral("a\ttab and ünïcode")};
        const QByteArray record = line.toRecord();
        QCOMPARE(record, QByteArray("2026-01-02T03:04:05.006Z\tstderr\ta\ttab and ") + QStringLiteral("ünïcode\n").toUtf8());
        QVERIFY(LogLine::fromRecord(record) == line);
        QVERIFY(!LogLine::fromRecord("garbage"));
        QVERIFY(!LogLine::fromRecord("2026-01-02T03:04:05.006Z\tstdin\tx"));
    }
};

PS_TEST(RunDataTest)
#include "tst_rundata.moc"
