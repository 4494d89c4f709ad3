#include "fakerunbackend.h"
#include "runsfiltermodel.h"
#include "runsmodel.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ps;
using pstest::runSnapshot;

class RunsModelTest : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);

private slots:
    void followsEveryBackendLive()
    {
        pstest::FakeRunBackend local(QStringLiteral("Local"));
        pstest::FakeRunBackend argo(QStringLiteral("Argo (lab)"));
        local.put(runSnapshot(QStringLiteral("iris-1"), QStringLiteral("iris"), RunPhase::Succeeded, t0));
        RunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addBackend(&local);
        model.addBackend(&argo);
        QCOMPARE(model.rowCount(), 1);
        argo.put(runSnapshot(QStringLiteral("wf-abc"), QStringLiteral("diabetes"), RunPhase::Running, t0.addSecs(60)));
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(&argo, QStringLiteral("wf-abc"));
        QCOMPARE(model.index(row, RunsModel::BackendColumn).data().toString(), QStringLiteral("Argo (lab)"));
        QCOMPARE(model.index(row, RunsModel::StatusColumn).data().toString(), QStringLiteral("Running"));
        QVERIFY(!model.index(row, RunsModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        argo.put(runSnapshot(QStringLiteral("wf-abc"), QStringLiteral("diabetes"), RunPhase::Failed, t0.addSecs(60)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(row, RunsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(row, RunsModel::DurationColumn).data().toString(), QStringLiteral("1 min 5 s"));
        local.drop(QStringLiteral("iris-1"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(&local, QStringLiteral("iris-1")), -1);
    }

    void newestFirstAndFilteredByStatusAndName()
    {
        pstest::FakeRunBackend local(QStringLiteral("Local"));
        local.put(runSnapshot(QStringLiteral("iris-1"), QStringLiteral("iris"), RunPhase::Succeeded, t0));
        local.put(runSnapshot(QStringLiteral("iris-2"), QStringLiteral("iris"), RunPhase::Failed, t0.addSecs(120)));
        local.put(runSnapshot(QStringLiteral("diabetes-1"), QStringLiteral("diabetes"), RunPhase::Running, t0.addSecs(60)));
        RunsModel model;
        model.addBackend(&local);
        RunsFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        auto names = [&filter] {
            QStringList list;
            for (int r = 0; r < filter.rowCount(); ++r)
                list << filter.index(r, RunsModel::NameColumn).data().toString();
            return list;
        };
        QCOMPARE(names(), (QStringList{QStringLiteral("iris-2"), QStringLiteral("diabetes-1"), QStringLiteral("iris-1")}));
        filter.setPhases({int(RunPhase::Failed), int(RunPhase::Error)});
        QCOMPARE(names(), QStringList{QStringLiteral("iris-2")});
        filter.setPhases({});
        filter.setNameFilter(QStringLiteral("DIAB"));
        QCOMPARE(names(), QStringList{QStringLiteral("diabetes-1")});
        filter.setNameFilter({});
        filter.sort(RunsModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(names().constLast(), QStringLiteral("diabetes-1"));   // still running: the longest
        // A new run arrives while sorted newest first: it goes to the top.
        filter.sort(RunsModel::StartedColumn, Qt::DescendingOrder);
        local.put(runSnapshot(QStringLiteral("iris-3"), QStringLiteral("iris"), RunPhase::Pending, t0.addSecs(600)));
        QCOMPARE(names().constFirst(), QStringLiteral("iris-3"));
    }
};

PS_TEST(RunsModelTest)
#include "tst_runsmodel.moc"
