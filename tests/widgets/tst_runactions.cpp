#include "apiclient.h"
#include "argobackend.h"
#include "fakeargoserver.h"
#include "httpclient.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "sleepingpipeline.h"
#include "testregistry.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The runs table's Suspend, Resume and Stop: offered for a running Argo run and sent to the
// server as Argo's own actions; a refusal is said; engines without them do not offer them.
class RunActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void aRunningArgoRunIsSuspendedResumedAndStopped()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        ps::HttpClient http;
        ps::ApiClient api(&http, argo.url());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        ps::ArgoBackend backend(&api, settings);
        backend.start();  // lists the runs, then watches them
        QTRY_COMPARE_WITH_TIMEOUT(argo.openWatches(), 1, 10000);
        ps::RunsModel runs;
        runs.addBackend(&backend);
        ps::RunsPanel panel(&runs);
        QSignalSpy messages(&panel, &ps::RunsPanel::refused);

        const auto submitted = backend.submit(pstest::sleepingPipeline(), {});
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        QTRY_COMPARE_WITH_TIMEOUT(argo.workflowNames().size(), 1, 10000);
        const QString name = argo.workflowNames().first();
        argo.setStatus(name, {{u"phase"_s, u"Running"_s}, {u"startedAt"_s, u"2026-12-04T10:00:00Z"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(runs.rowOf(&backend, name) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(runs.phaseAt(runs.rowOf(&backend, name)) == ps::RunPhase::Running, 10000);
        panel.selectRun(&backend, name);
        for (QAction *action : {panel.suspendAction(), panel.resumeAction(), panel.stopAction()}) {
            QVERIFY(action->isVisible());
            QVERIFY(action->isEnabled());
        }

        panel.suspendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(argo.requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/"_s + name + u"/suspend"_s).size(), 1, 10000);
        panel.resumeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(argo.requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/"_s + name + u"/resume"_s).size(), 1, 10000);
        panel.stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(argo.requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/"_s + name + u"/stop"_s).size(), 1, 10000);
        // Cancel is Argo's terminate, not stop.
        QCOMPARE(argo.requestsTo(u"PUT"_s, u"/api/v1/workflows/ml/"_s + name + u"/terminate"_s).size(), 0);
        QVERIFY(messages.isEmpty());

        // Once it has ended there is nothing to suspend.
        argo.setStatus(name, {{u"phase"_s, u"Failed"_s}, {u"finishedAt"_s, u"2026-12-04T10:01:00Z"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.suspendAction()->isEnabled(), 10000);
        QVERIFY(!panel.stopAction()->isEnabled());
    }

    void anEngineWithoutThemDoesNotOfferThem()
    {
        // The base class's answer, which the local engine and Kubeflow keep.
        struct NoPause : ps::ArgoBackend {
            using ArgoBackend::ArgoBackend;
            bool canSuspend() const override { return false; }
        };
        ps::HttpClient http;
        ps::ApiClient api(&http, QUrl(u"http://127.0.0.1:9"_s));
        NoPause backend(&api, {});
        ps::RunsModel runs;
        runs.addBackend(&backend);
        ps::RunsPanel panel(&runs);
        QVERIFY(!panel.suspendAction()->isVisible());
        QVERIFY(!panel.stopAction()->isVisible());
        QVERIFY(!static_cast<ps::RunBackend &>(backend).ps::RunBackend::suspend(u"r"_s).ok());
    }
};

PS_TEST(RunActionsTest)
#include "tst_runactions.moc"
