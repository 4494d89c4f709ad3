#include "clusterprometheusfixture.h"
#include "enginetesting.h"
#include "futurewait.h"
#include "metricstargetfile.h"
#include "monitoringconnection.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

QStringList listedTargets(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList targets;
    for (const QJsonValue &group : QJsonDocument::fromJson(file.readAll()).array())
        for (const QJsonValue &t : group.toObject().value(QStringLiteral("targets")).toArray())
            targets.append(t.toString());
    return targets;
}

} // namespace

// How the application reaches Prometheus: settings without secrets, and the local engine's
// endpoint listed for the user-level Prometheus.
class MonitoringConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void targetFileListsTheEndpointAndGoesAway()
    {
        QTemporaryDir dir;
        QFile stale(dir.filePath(QStringLiteral("engine-999999999.json"))); // no such process
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QString path;
        {
            MetricsTargetFile target;
            QCOMPARE(target.publish(dir.path(), 41234), QString());
            path = target.path();
            QCOMPARE(listedTargets(path), QStringList{QStringLiteral("127.0.0.1:41234")});
            QVERIFY(!QFile::exists(stale.fileName()));
        }
        QVERIFY(!QFile::exists(path));
    }

    void attachEngineServesItsMetricsForTheLocalPrometheus()
    {
        QTemporaryDir home;
        MonitoringConnection connection(home.path());
        pstest::Engine engine;
        QCOMPARE(connection.attachEngine(engine.backend.get()), QString());
        QVERIFY(engine.backend->metricsPort() > 0);
        const QDir targets(connection.localPrometheus()->targetsDirectory());
        const QStringList files = targets.entryList({QStringLiteral("engine-*.json")});
        QCOMPARE(files.size(), 1);
        QCOMPARE(listedTargets(targets.filePath(files.first())),
                 QStringList{QStringLiteral("127.0.0.1:%1").arg(engine.backend->metricsPort())});
        QTRY_VERIFY_WITH_TIMEOUT(engine.backend->isReady(), 10000); // its probes end before it goes
    }

    void aTokenNeverReachesTheSettingsFile()
    {
        QTemporaryDir home;
        MonitoringConnection connection(home.path());
        MonitoringSettings settings;
        settings.prometheusUrl = QUrl(QStringLiteral("https://prometheus.example.org/prom"));
        settings.auth = MonitoringSettings::Auth::Bearer;
        const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());
        connection.apply(settings, token);
        QCOMPARE(connection.status(), MonitoringConnection::Status::Ready);
        QCOMPARE(connection.prometheus()->config().url, settings.prometheusUrl);
        QCOMPARE(connection.prometheus()->config().bearerToken, token);
        QVERIFY(!connection.alertmanager());
        QSettings stored;
        stored.sync();
        QCOMPARE(MonitoringSettings::load(stored), settings);
        QFile file(stored.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
        stored.remove(QStringLiteral("monitoring"));
    }
    void prometheusThroughAClusterConnection()
    {
        pstest::ClusterPrometheusFixture cluster;
        QVERIFY(cluster.listening);
        QTemporaryDir home;
        MonitoringConnection connection(home.path());
        MonitoringSettings settings;
        settings.clusterProfile = cluster.profile.id;
        connection.apply(settings, {});
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), MonitoringConnection::Status::Ready, 10000);
        // The API server's service proxy, with the context's credentials.
        QCOMPARE(connection.prometheus()->config().url, cluster.proxyUrl());
        QCOMPARE(connection.prometheus()->config().bearerToken, QStringLiteral("kube-token"));
        const auto answer = pstest::resultOf(connection.prometheus()->query(QStringLiteral("up")));
        QVERIFY2(answer.ok(), qPrintable(answer.error.message));
        QCOMPARE(answer.value.series.size(), 1);
        QCOMPARE(cluster.queries().size(), 1);
        QCOMPARE(cluster.queries().first().query.queryItemValue(QStringLiteral("query")), QStringLiteral("up"));
        QCOMPARE(cluster.queries().first().header("authorization"), QByteArray("Bearer kube-token"));
        QSettings stored;
        QCOMPARE(MonitoringSettings::load(stored), settings);

        // A connection that went away, and a context the kubeconfig does not have: a reason.
        settings.clusterProfile = QStringLiteral("no-such-profile");
        connection.apply(settings, {});
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), MonitoringConnection::Status::Unavailable, 10000);
        QVERIFY2(connection.statusMessage().contains(QStringLiteral("no longer exists")), qPrintable(connection.statusMessage()));
        ps::ConnectionProfile elsewhere = cluster.profile;
        elsewhere.context = QStringLiteral("prod-admin");
        ps::ConnectionProfileStore().put(elsewhere);
        settings.clusterProfile = elsewhere.id;
        connection.apply(settings, {});
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), MonitoringConnection::Status::Unavailable, 10000);
        QVERIFY2(connection.statusMessage().contains(QStringLiteral("prod-admin")), qPrintable(connection.statusMessage()));
        stored.remove(QStringLiteral("monitoring"));
    }
};

PS_TEST(MonitoringConnectionTest)
#include "tst_monitoringconnection.moc"
