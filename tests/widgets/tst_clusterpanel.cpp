#include "../client/futurewait.h"
#include "alertmanagerclient.h"
#include "clustermonitor.h"
#include "clusterpanel.h"
#include "httpclient.h"
#include "prometheusclient.h"
#include "prometheusfixture.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ps;
using namespace std::chrono_literals;

namespace {

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, column) == text)
            return row;
    return -1;
}

} // namespace

// Against the fixture's real Prometheus, node exporter and Alertmanager (with a rule that
// always fires).
class ClusterPanelTest : public QObject
{
    Q_OBJECT

    HttpClient m_http;
    PrometheusClient m_prometheus{&m_http};
    AlertmanagerClient m_alertmanager{&m_http};

private slots:
    void initTestCase()
    {
        PrometheusConfig config;
        if (!pstest::fixtureConfig(config))
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        m_prometheus.setConfig(config);
        QVERIFY(pstest::fixtureConfig(config, QStringLiteral("alertmanager.url")));
        m_alertmanager.setConfig(config);
    }

    void showsNodesTargetsAlertsAndTheirNotificationState()
    {
        ClusterPanel panel;
        panel.resize(900, 400);
        panel.show();
        ClusterMonitor *monitor = panel.monitor();
        monitor->setInterval(0s);
        QAbstractItemModelTester nodesTester(monitor->nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester targetsTester(monitor->targets(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester alertsTester(monitor->alerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester silencesTester(monitor->silences(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setAlertmanager(&m_alertmanager);
        panel.setPrometheus(&m_prometheus);

        // The rule fires within seconds; Alertmanager hears of it a little later.
        const auto ready = [&] {
            QSignalSpy refreshed(monitor, &ClusterMonitor::refreshed);
            monitor->refresh();
            refreshed.wait(10000);
            const int alert = rowWith(monitor->alerts(), AlertsModel::Name, QStringLiteral("PipelineStudioTestAlwaysFiring"));
            return monitor->nodes()->rowCount() == 1 && !std::isnan(monitor->nodes()->nodes().first().cpuPercent)
                && alert >= 0 && cell(monitor->alerts(), alert, AlertsModel::Notification).startsWith(QStringLiteral("notifying"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready(), 40000);
        QVERIFY2(monitor->lastError().isEmpty(), qPrintable(monitor->lastError()));

        // A node with CPU and memory utilisation in percent, and its memory in IEC units.
        const NodeUsage node = monitor->nodes()->nodes().first();
        QVERIFY(node.cpuPercent >= 0 && node.cpuPercent <= 100);
        QVERIFY(node.memoryPercent() > 0 && node.memoryPercent() < 100);
        QVERIFY(cell(monitor->nodes(), 0, NodesModel::Cpu).endsWith(QStringLiteral(" %")));
        QVERIFY(cell(monitor->nodes(), 0, NodesModel::MemoryUsed).contains(QStringLiteral("iB of ")));
        QVERIFY(!cell(monitor->nodes(), 0, NodesModel::Name).isEmpty());

        const int nodeTarget = rowWith(monitor->targets(), TargetsModel::Job, QStringLiteral("node"));
        QVERIFY(nodeTarget >= 0);
        QCOMPARE(cell(monitor->targets(), nodeTarget, TargetsModel::Health), QStringLiteral("up"));
        QVERIFY(cell(monitor->targets(), nodeTarget, TargetsModel::LastScrape).contains(QStringLiteral("ago")));

        const int alert = rowWith(monitor->alerts(), AlertsModel::Name, QStringLiteral("PipelineStudioTestAlwaysFiring"));
        QCOMPARE(cell(monitor->alerts(), alert, AlertsModel::State), QStringLiteral("firing"));
        QCOMPARE(cell(monitor->alerts(), alert, AlertsModel::Labels), QStringLiteral("severity=\"none\""));
        QVERIFY(cell(monitor->alerts(), alert, AlertsModel::Annotations).contains(QStringLiteral("Always fires")));
        QVERIFY(cell(monitor->alerts(), alert, AlertsModel::Since).contains(QStringLiteral("ago")));
        QCOMPARE(cell(monitor->alerts(), alert, AlertsModel::Notification), QStringLiteral("notifying nowhere"));

        // What the user sees: the tables through their views, and the summary line.
        QCOMPARE(panel.view(ClusterPanel::Nodes)->model()->rowCount(), 1);
        QVERIFY(panel.view(ClusterPanel::Alerts)->model()->rowCount() >= 1);
        QVERIFY2(panel.status().contains(QStringLiteral("1 firing alert")), qPrintable(panel.status()));
    }

    void withoutAlertmanagerThereAreNoSilences()
    {
        ClusterPanel panel;
        panel.monitor()->setInterval(0s);
        QSignalSpy refreshed(panel.monitor(), &ClusterMonitor::refreshed);
        panel.setPrometheus(&m_prometheus);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!panel.monitor()->hasAlertmanager());
        const int alert = rowWith(panel.monitor()->alerts(), AlertsModel::Name, QStringLiteral("PipelineStudioTestAlwaysFiring"));
        if (alert >= 0)
            QCOMPARE(cell(panel.monitor()->alerts(), alert, AlertsModel::Notification),
                     QStringLiteral("no Alertmanager configured"));
    }

    // An Alertmanager that is configured but fails is not "not configured": the alerts and
    // the status say what failed.
    void aFailingAlertmanagerSaysWhatFailed_data()
    {
        QTest::addColumn<int>("status");        // 0: nothing listens
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused") << 0 << QByteArray() << QStringLiteral("the connection was refused");
        QTest::newRow("500") << 500 << QByteArray("\"internal error\"") << QStringLiteral("answered HTTP 500: internal error");
        QTest::newRow("bad JSON") << 200 << QByteArray("{\"data\": [") << QStringLiteral("did not answer like Alertmanager's API v2");
    }

    void aFailingAlertmanagerSaysWhatFailed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        pstest::TestHttpServer server;
        QVERIFY(server.listen());
        server.setFallback(pstest::TestHttpServer::reply(status, body));
        PrometheusConfig config;
        config.url = status == 0 ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pstest::TestHttpServer::closedPort()))
                                 : server.url();
        config.retries = 0;
        AlertmanagerClient failing(&m_http);
        failing.setConfig(config);

        ClusterPanel panel;
        ClusterMonitor *monitor = panel.monitor();
        monitor->setInterval(0s);
        panel.setAlertmanager(&failing);
        panel.setPrometheus(&m_prometheus);
        int alert = -1;
        const auto alertShown = [&] {
            QSignalSpy refreshed(monitor, &ClusterMonitor::refreshed);
            monitor->refresh();
            refreshed.wait(10000);
            alert = rowWith(monitor->alerts(), AlertsModel::Name, QStringLiteral("PipelineStudioTestAlwaysFiring"));
            return alert >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(alertShown(), 40000);
        const QString notification = cell(monitor->alerts(), alert, AlertsModel::Notification);
        QVERIFY2(notification.contains(expected), qPrintable(notification));
        QVERIFY2(notification.contains(QStringLiteral("Alertmanager")), qPrintable(notification));
        QVERIFY(!notification.contains(QStringLiteral("configured")));
        QVERIFY2(monitor->alertmanagerError().contains(expected), qPrintable(monitor->alertmanagerError()));
        QVERIFY2(panel.status().contains(expected), qPrintable(panel.status()));
        // Prometheus itself answered: its part of the panel is there.
        QCOMPARE(monitor->nodes()->rowCount(), 1);
    }

    void anUnreachablePrometheusIsReported()
    {
        HttpClient http;
        PrometheusClient nowhere(&http);
        nowhere.setConfig(pstest::unreachableConfig());
        ClusterPanel panel;
        panel.monitor()->setInterval(0s);
        QSignalSpy refreshed(panel.monitor(), &ClusterMonitor::refreshed);
        panel.setPrometheus(&nowhere);
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(panel.status().contains(QStringLiteral("No Prometheus answers")), qPrintable(panel.status()));
        QCOMPARE(panel.monitor()->nodes()->rowCount(), 0);
    }
};

PS_TEST(ClusterPanelTest)
#include "tst_clusterpanel.moc"
