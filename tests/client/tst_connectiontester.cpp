#include "clusterconnection.h"
#include "connectionprofilestore.h"
#include "connectiontester.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "fakekubeserver.h"
#include "futurewait.h"
#include "httpclient.h"
#include "kubeconfig.h"
#include "testregistry.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ps::ClusterConnection;
using ps::ConnectionProfile;
using ps::ConnectionTester;
using pstest::Fault;
using pstest::resultOf;

// "Test connection" for each kind of profile: the server's version and identity, or the
// exact reason it failed; profiles in the settings never hold a secret.
class ConnectionTesterTest : public QObject
{
    Q_OBJECT

    ps::HttpClient m_http;

    ps::ConnectionTestResult test(const ConnectionProfile &profile, const QString &token, const ps::KubeConfig &kubeconfig = {})
    {
        const auto opened = ClusterConnection::open(&m_http, profile, token, kubeconfig);
        if (!opened.ok()) {
            ps::ConnectionTestResult failed;
            failed.error = opened.error;
            return failed;
        }
        std::unique_ptr<ClusterConnection> connection(opened.value);
        return resultOf(ConnectionTester::test(connection.get()));
    }

private slots:
    void argoVersionAndIdentity()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"tok"_s);
        ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::ArgoUrl);
        p.name = u"team argo"_s;
        p.url = argo.url();
        const auto result = test(p, u"tok"_s);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.findings, (QStringList{u"Argo Server v3.5.8"_s, u"signed in as system:serviceaccount:argo:ci"_s}));
        QVERIFY(result.warning.isEmpty());
        const auto refused = test(p, u"wrong"_s);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"401"_s) && refused.error.contains(u"token not valid"_s), qPrintable(refused.error));
    }

    void kfpHealth()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::KfpUrl);
        p.name = u"kfp"_s;
        p.url = kfp.url();
        p.insecure = true;
        const auto result = test(p, {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.findings, QStringList{u"Kubeflow Pipelines 2.3.0 (single-user)"_s});
        QVERIFY2(result.warning.contains(u"TLS verification is off"_s), qPrintable(result.warning));
        Fault f;
        f.kind = Fault::Kind::Html;
        kfp.injectFault(f);
        QVERIFY(test(p, {}).error.contains(u"web page"_s));
    }

    void kubeconfigContextThroughTheServiceProxy()
    {
        pstest::FakeKubeServer kube;
        QVERIFY(kube.listen());
        QTemporaryDir dir;
        QFile f(dir.filePath(u"config"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"clusters:\n- name: c\n  cluster: {server: '%1'}\nusers:\n- name: u\n  user: {token: kt}\n"
                "contexts:\n- name: lab\n  context: {cluster: c, user: u, namespace: ml}\ncurrent-context: lab\n"_s.arg(kube.url().toString()).toUtf8());
        f.close();
        ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::KubeContext);
        p.name = u"lab"_s;
        p.context = u"lab"_s;
        p.engine = ConnectionProfile::Engine::None;
        const auto config = ps::KubeConfig::load({f.fileName()});
        auto result = test(p, {}, config);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.findings, QStringList{u"Kubernetes v1.30.2 (linux/amd64)"_s});
        // With Argo behind the proxy: the proxy path is asked; the fake kube server has no
        // Argo behind it, so the test says exactly that.
        p.engine = ConnectionProfile::Engine::Argo;
        result = test(p, {}, config);
        QVERIFY(!result.ok);
        QCOMPARE(result.findings, QStringList{u"Kubernetes v1.30.2 (linux/amd64)"_s});
        QVERIFY2(result.error.contains(u"argo-server"_s) && result.error.contains(u"404"_s), qPrintable(result.error));
        QCOMPARE(kube.requests().last().path, u"/api/v1/namespaces/argo/services/https:argo-server:2746/proxy/api/v1/version"_s);
        p.context = u"nope"_s;
        QVERIFY(test(p, {}, config).error.contains(u"no context 'nope'"_s));
    }

    void refusedAndUnreachable()
    {
        ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::ArgoUrl);
        p.name = u"down"_s;
        p.url = QUrl(u"http://127.0.0.1:%1"_s.arg(pstest::TestHttpServer::closedPort()));
        const auto result = test(p, {});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"127.0.0.1"_s), qPrintable(result.error));
        p.url = QUrl(u"ftp://x"_s);
        QVERIFY(test(p, {}).error.contains(u"address"_s));
    }

    void profilesAreSavedWithoutSecrets()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ps::ConnectionProfileStore store(&settings);
        ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::ArgoUrl);
        p.name = u"prod"_s;
        p.url = QUrl(u"https://admin:hunter2@argo.example.com:2746"_s);
        p.namespaceName = u"ml"_s;
        store.put(p);
        settings.sync();
        QFile ini(dir.filePath(u"s.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("hunter2"));
        ps::ConnectionProfileStore again(&settings);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().first().url.host(), u"argo.example.com"_s);
        QCOMPARE(again.profiles().first().credentialKey(), u"cluster/"_s + p.id);
        again.remove(p.id);
        QVERIFY(again.profiles().isEmpty());
    }
};

PS_TEST(ConnectionTesterTest)
#include "tst_connectiontester.moc"
