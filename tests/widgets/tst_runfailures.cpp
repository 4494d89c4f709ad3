#include "apiclient.h"
#include "argobackend.h"
#include "fakeargoserver.h"
#include "httpclient.h"
#include "notificationlog.h"
#include "notificationsbutton.h"
#include "runsmodel.h"
#include "runspanel.h"
#include "sleepingpipeline.h"
#include "testregistry.h"

#include <QAction>
#include <QFrame>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An Argo connection as the window has it: the Runs table over the backend, and the
// notifications that watch it, with their status-bar button.
struct Window {
    pstest::FakeArgoServer argo;
    ps::HttpClient http;
    std::unique_ptr<ps::ApiClient> api;
    std::unique_ptr<ps::ArgoBackend> backend;
    ps::RunsModel runs;
    ps::NotificationLog notifications;
    std::unique_ptr<ps::RunsPanel> panel;
    std::unique_ptr<ps::NotificationsButton> button;

    // Starts everything and a run that is Running; its id, or "" when something did not come up.
    QString start(int reconnectDelayMs)
    {
        if (!argo.listen())
            return {};
        api = std::make_unique<ps::ApiClient>(&http, argo.url());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        settings.reconnectDelayMs = reconnectDelayMs;
        backend = std::make_unique<ps::ArgoBackend>(api.get(), settings);
        QObject::connect(&runs, &ps::RunsModel::backendAdded, &notifications, &ps::NotificationLog::watch);
        runs.addBackend(backend.get());
        panel = std::make_unique<ps::RunsPanel>(&runs);
        button = std::make_unique<ps::NotificationsButton>(&notifications);
        backend->start();
        if (!QTest::qWaitFor([&] { return argo.openWatches() == 1; }, 10000))
            return {};
        const auto submitted = backend->submit(pstest::sleepingPipeline(), {});
        if (!submitted.ok() || !QTest::qWaitFor([&] { return argo.workflowNames().size() == 1; }, 10000))
            return {};
        const QString name = argo.workflowNames().first();
        argo.setStatus(name, {{u"phase"_s, u"Running"_s}, {u"startedAt"_s, u"2026-12-04T10:00:00Z"_s}});
        const bool running = QTest::qWaitFor([&] {
            const int row = runs.rowOf(backend.get(), name);
            return row >= 0 && runs.phaseAt(row) == ps::RunPhase::Running;
        }, 10000);
        return running ? name : QString();
    }
    // What the Runs table shows in the run's Status cell, and as its tool tip.
    QString status(const QString &runId, int role = Qt::DisplayRole) const
    {
        return runs.index(runs.rowOf(backend.get(), runId), ps::RunsModel::StatusColumn).data(role).toString();
    }
    QStringList listed() const
    {
        QStringList texts;
        for (int row = 0; row < notifications.rowCount(); ++row)
            texts.append(notifications.index(row).data(ps::NotificationLog::TextRole).toString());
        return texts;
    }
};

} // namespace

// What the user sees when something goes wrong after the request went out: a stop the server
// refuses after accepting it, a watch that drops and comes back, a server that refuses us.
class RunFailuresTest : public QObject
{
    Q_OBJECT

private slots:
    void aStopRefusedAfterAcceptanceShowsTheServersReason()
    {
        Window w;
        const QString name = w.start(200);
        QVERIFY(!name.isEmpty());
        pstest::Fault refused;
        refused.kind = pstest::Fault::Kind::Forbidden;
        refused.pathContains = name + u"/stop"_s;
        refused.message = u"workflows.argoproj.io is forbidden: user cannot stop"_s;
        w.argo.injectFault(refused);
        QSignalSpy refusedAtOnce(w.panel.get(), &ps::RunsPanel::refused);
        QSignalSpy said(&w.notifications, &ps::NotificationLog::added);

        w.panel->selectRun(w.backend.get(), name);
        QVERIFY(w.panel->stopAction()->isEnabled());
        w.panel->stopAction()->trigger();

        // Accepted at once (nothing said then), refused by the server afterwards: the row says
        // so with the reason, the status bar hears it, and the notifications keep it.
        QVERIFY(said.wait(10000));
        QVERIFY(refusedAtOnce.isEmpty());
        QVERIFY2(said.first().first().toString().contains(u"user cannot stop"_s), qPrintable(said.first().first().toString()));
        QVERIFY2(w.status(name).contains(u"refused"_s) && w.status(name).contains(u"user cannot stop"_s), qPrintable(w.status(name)));
        QVERIFY2(w.status(name, Qt::ToolTipRole).contains(u"user cannot stop"_s), qPrintable(w.status(name, Qt::ToolTipRole)));
        QCOMPARE(w.listed().size(), 1);
        QVERIFY(w.listed().first().contains(name));
        QCOMPARE(w.notifications.unread(), 1);
        QVERIFY2(w.button->text().contains(u"1"_s), qPrintable(w.button->text()));

        // Reopened from the status bar: the reason is there, and it counts as read.
        w.button->click();
        QVERIFY(w.button->popup()->isVisible());
        QVERIFY(w.button->list()->isVisible());
        QVERIFY(w.button->list()->model()->index(0, 0).data().toString().contains(u"user cannot stop"_s));
        QCOMPARE(w.notifications.unread(), 0);
        QVERIFY(!w.button->text().contains(u"1"_s));

        // The next stop goes through: the row no longer says refused.
        w.panel->stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.argo.requestsTo(u"PUT"_s, u".*/"_s + name + u"/stop"_s).size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.status(name).contains(u"refused"_s), 10000);
        QCOMPARE(w.listed().size(), 1);
    }

    void aDroppedWatchShowsReconnectingUntilItIsBack()
    {
        Window w;
        const QString name = w.start(1500);
        QVERIFY(!name.isEmpty());
        QCOMPARE(w.status(name), u"Running"_s);

        w.argo.dropWatches();
        QTRY_VERIFY_WITH_TIMEOUT(w.status(name).contains(u"reconnecting"_s), 10000);
        QVERIFY(w.listed().join(u'\n').contains(u"reconnecting"_s));
        QTRY_COMPARE_WITH_TIMEOUT(w.argo.openWatches(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(w.status(name), u"Running"_s, 15000);

        // A server that refuses us from now on: the run is what was last known, marked stale.
        w.argo.requireToken(u"another-token"_s);
        w.argo.dropWatches();
        QTRY_VERIFY_WITH_TIMEOUT(w.status(name).contains(u"stale"_s), 30000);
        QVERIFY2(w.listed().first().contains(u"401"_s), qPrintable(w.listed().first()));
    }
};

PS_TEST(RunFailuresTest)
#include "tst_runfailures.moc"
