#include "apiclient.h"
#include "futurewait.h"
#include "httpclient.h"
#include "kubeclient.h"
#include "kubeconfig.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ps::HttpClient;
using ps::KubeClient;
using ps::KubeConfig;
using pstest::resultOf;
using pstest::TestHttpServer;

namespace {

const QByteArray kCaPem = "-----BEGIN CERTIFICATE-----\nMIIBfakeCA\n-----END CERTIFICATE-----\n";
const QByteArray kCertPem = "-----BEGIN CERTIFICATE-----\nMIIBfakeClient\n-----END CERTIFICATE-----\n";
const QByteArray kKeyPem = "-----BEGIN PRIVATE KEY-----\nMIIBfakeKey\n-----END PRIVATE KEY-----\n";

} // namespace

// kubeconfig shapes met in the wild: several files merged as kubectl merges them, CA and
// client certificates from files (relative to the file) and inline data, tokens, token
// files, exec credential plugins (with caching and expiry), insecure clusters.
class KubeConfigTest : public QObject
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dirOwner->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    static QString files(const QStringList &names) { return names.join(u'|'); }
    void writeMergeFiles()
    {
        write(QStringLiteral("a"), "clusters:\n- name: c1\n  cluster: {server: 'https://one:6443'}\n"
                                   "- name: shared\n  cluster: {server: 'https://first:6443'}\n"
                                   "users:\n- name: u1\n  user: {token: t1}\n"
                                   "contexts:\n- name: one\n  context: {cluster: c1, user: u1, namespace: team-a}\n"
                                   "- name: s\n  context: {cluster: shared, user: u1}\n");
        write(QStringLiteral("b"), "clusters:\n- name: shared\n  cluster: {server: 'https://second:6443'}\n"
                                   "- name: c2\n  cluster: {server: 'https://two:6443'}\n"
                                   "contexts:\n- name: two\n  context: {cluster: c2, user: u1}\n"
                                   "- name: one\n  context: {cluster: c2, user: u1}\ncurrent-context: two\n");
        write(QStringLiteral("c"), "current-context: one\ncontexts:\n- name: broken\n  context: {cluster: nowhere, user: u1}\n"
                                   "- name: nouser\n  context: {cluster: c1, user: ghost}\n");
        write(QStringLiteral("bad"), "clusters: [\n  {name: x\n");
    }
    // An exec plugin: a shell script that counts its runs and prints an ExecCredential.
    QString plugin(const QString &apiVersion, const QString &token, const QString &expiry)
    {
        const QString script = m_dirOwner->filePath(QStringLiteral("plugin-%1.sh").arg(token));
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        const QString status = expiry.isEmpty()
            ? QStringLiteral(R"({"token":"%1"})").arg(token)
            : QStringLiteral(R"({"token":"%1","expirationTimestamp":"%2"})").arg(token, expiry);
        f.write(QStringLiteral("#!/bin/sh\necho run >> \"$0.runs\"\n"
                               "case \"$KUBERNETES_EXEC_INFO\" in *ExecCredential*) ;; *) exit 3;; esac\n"
                               "[ \"$PLUGIN_ENV\" = set ] || exit 4\n"
                               "echo '{\"apiVersion\":\"%1\",\"kind\":\"ExecCredential\",\"status\":%2}'\n")
                    .arg(apiVersion, status).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return script;
    }
    int pluginRuns(const QString &script)
    {
        QFile f(script + QStringLiteral(".runs"));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }
    QByteArray execUser(const QString &script, const QString &apiVersion)
    {
        return QStringLiteral("users:\n- name: u\n  user:\n    exec:\n      apiVersion: %1\n      command: %2\n"
                              "      args: [get-token, --cluster, c]\n      env:\n      - name: PLUGIN_ENV\n        value: set\n")
            .arg(apiVersion, script).toUtf8();
    }
    QByteArray cluster(quint16 port) const
    {
        return QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: http://127.0.0.1:%1\n"
                              "contexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: ml}\ncurrent-context: ctx\n")
            .arg(port).toUtf8();
    }

private slots:
    void init()
    {
        m_dirOwner = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dirOwner->isValid());
    }

    void merges_data()
    {
        QTest::addColumn<QString>("kubeconfig");      // files, '|'-separated, written below
        QTest::addColumn<QString>("context");         // asked for ("" = current)
        QTest::addColumn<QString>("expectServer");
        QTest::addColumn<QString>("expectNamespace");
        QTest::addColumn<QString>("expectError");     // a part of the error, or ""

        QTest::newRow("current from the first file that sets it") << files({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
                                                                  << QString() << u"https://two:6443"_s << u"default"_s << QString();
        QTest::newRow("first file wins a context name") << files({QStringLiteral("a"), QStringLiteral("b")}) << u"one"_s
                                                        << u"https://one:6443"_s << u"team-a"_s << QString();
        QTest::newRow("first file wins a cluster name") << files({QStringLiteral("b"), QStringLiteral("a")}) << u"s"_s
                                                        << u"https://second:6443"_s << u"default"_s << QString();
        QTest::newRow("later file sets current when earlier did not") << files({QStringLiteral("c"), QStringLiteral("a")})
                                                                      << QString() << u"https://one:6443"_s << u"team-a"_s << QString();
        QTest::newRow("missing files in the list are skipped") << files({QStringLiteral("nope"), QStringLiteral("a")}) << u"one"_s
                                                               << u"https://one:6443"_s << u"team-a"_s << QString();
        QTest::newRow("unknown context") << files({QStringLiteral("a")}) << u"zzz"_s << QString() << QString() << u"no context 'zzz'"_s;
        QTest::newRow("context names a missing cluster") << files({QStringLiteral("c"), QStringLiteral("a")}) << u"broken"_s
                                                         << QString() << QString() << u"cluster 'nowhere'"_s;
        QTest::newRow("context names a missing user") << files({QStringLiteral("c"), QStringLiteral("a")}) << u"nouser"_s
                                                      << QString() << QString() << u"user 'ghost'"_s;
        QTest::newRow("malformed file does not hide the others") << files({QStringLiteral("bad"), QStringLiteral("a")}) << u"one"_s
                                                                 << u"https://one:6443"_s << u"team-a"_s << QString();
    }
    void merges()
    {
        QFETCH(QString, kubeconfig);
        QFETCH(QString, context);
        QFETCH(QString, expectServer);
        QFETCH(QString, expectNamespace);
        QFETCH(QString, expectError);
        writeMergeFiles();
        QStringList paths;
        for (const QString &n : kubeconfig.split(u'|'))
            paths.append(m_dirOwner->filePath(n));
        const KubeConfig config = KubeConfig::load(paths);
        const auto resolved = config.context(context);
        if (!expectError.isEmpty()) {
            QVERIFY2(resolved.error.contains(expectError), qPrintable(resolved.error));
            return;
        }
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.value.server.toString(), expectServer);
        QCOMPARE(resolved.value.namespaceName, expectNamespace);
        if (kubeconfig.contains(QLatin1String("bad")))
            QVERIFY(config.errors().value(0).contains(QLatin1String("malformed")));
    }

    void kubeconfigEnvironmentList()
    {
        qputenv("KUBECONFIG", (m_dirOwner->filePath(QStringLiteral("x")) + u"::" + m_dirOwner->filePath(QStringLiteral("y"))).toUtf8());
        QCOMPARE(KubeConfig::defaultFiles(), (QStringList{m_dirOwner->filePath(QStringLiteral("x")), m_dirOwner->filePath(QStringLiteral("y"))}));
        qunsetenv("KUBECONFIG");
        QVERIFY(KubeConfig::defaultFiles().value(0).endsWith(QLatin1String(".kube/config")));
    }

    void certificatesFromFilesAndData()
    {
        QDir(m_dirOwner->path()).mkpath(QStringLiteral("certs"));
        write(QStringLiteral("certs/ca.crt"), kCaPem);
        write(QStringLiteral("certs/me.crt"), kCertPem);
        const QString config = write(QStringLiteral("cfg"),
            "clusters:\n- name: c\n  cluster: {server: 'https://k:6443', certificate-authority: certs/ca.crt}\n"
            "users:\n- name: u\n  user: {client-certificate: certs/me.crt, client-key-data: " + kKeyPem.toBase64() + "}\n"
            "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\n");
        const auto ctx = KubeConfig::load({config}).context();
        QVERIFY2(ctx.ok(), qPrintable(ctx.error));
        QCOMPARE(ctx.value.tls.caPem, kCaPem);
        QCOMPARE(ctx.value.tls.clientCertPem, kCertPem);
        QCOMPARE(ctx.value.tls.clientKeyPem, kKeyPem);
        QVERIFY(!ctx.value.tls.insecure);
        QVERIFY(ctx.value.warning.isEmpty());
    }

    void missingCertificateFileSaysWhich()
    {
        const QString config = write(QStringLiteral("cfg"),
            "clusters:\n- name: c\n  cluster: {server: 'https://k:6443', certificate-authority: /no/such/ca.crt}\n"
            "contexts:\n- name: x\n  context: {cluster: c}\ncurrent-context: x\n");
        const auto ctx = KubeConfig::load({config}).context();
        QVERIFY(!ctx.ok());
        QVERIFY2(ctx.error.contains(QLatin1String("/no/such/ca.crt")), qPrintable(ctx.error));
    }

    void insecureIsHonouredWithAWarning()
    {
        const QString config = write(QStringLiteral("cfg"),
            "clusters:\n- name: lab\n  cluster: {server: 'https://k:6443', insecure-skip-tls-verify: true}\n"
            "contexts:\n- name: x\n  context: {cluster: lab}\ncurrent-context: x\n");
        const auto ctx = KubeConfig::load({config}).context();
        QVERIFY(ctx.ok());
        QVERIFY(ctx.value.tls.insecure);
        QVERIFY2(ctx.value.warning.contains(QLatin1String("lab")), qPrintable(ctx.value.warning));
        HttpClient http;
        KubeClient kube(&http, ctx.value);
        QCOMPARE(kube.warning(), ctx.value.warning);
    }

    void tokenAndTokenFileAreSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/version"), TestHttpServer::reply(200, R"({"major":"1","minor":"29","gitVersion":"v1.29.2"})"));
        write(QStringLiteral("tok"), "file-token\n");
        const QString config = write(QStringLiteral("cfg"), cluster(server.port()) + "users:\n- name: u\n  user: {tokenFile: tok, token: ignored}\n");
        HttpClient http;
        KubeClient kube(&http, KubeConfig::load({config}).context().value);
        const auto version = resultOf(kube.version());
        QVERIFY2(version.ok(), qPrintable(version.error));
        QCOMPARE(version.json[QStringLiteral("gitVersion")].toString(), QStringLiteral("v1.29.2"));
        QCOMPARE(server.requests().value(0).header("authorization"), QByteArray("Bearer file-token"));
    }

    void execPluginTokenIsCachedUntilItExpires_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<int>("expirySecs");   // 0: no expiry
        QTest::addColumn<int>("expectRuns");   // for three requests
        QTest::newRow("v1, no expiry: one run") << u"client.authentication.k8s.io/v1"_s << 0 << 1;
        QTest::newRow("v1beta1, valid an hour: one run") << u"client.authentication.k8s.io/v1beta1"_s << 3600 << 1;
        QTest::newRow("expired token: a run per request") << u"client.authentication.k8s.io/v1"_s << -60 << 3;
    }
    void execPluginTokenIsCachedUntilItExpires()
    {
        QFETCH(QString, apiVersion);
        QFETCH(int, expirySecs);
        QFETCH(int, expectRuns);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/version"), TestHttpServer::reply(200, R"({"gitVersion":"v1.30.0"})"));
        const QString expiry = expirySecs == 0 ? QString()
            : QDateTime::currentDateTimeUtc().addSecs(expirySecs).toString(Qt::ISODate);
        const QString script = plugin(apiVersion, QStringLiteral("exec-tok"), expiry);
        const QString config = write(QStringLiteral("cfg"), cluster(server.port()) + execUser(script, apiVersion));
        HttpClient http;
        KubeClient kube(&http, KubeConfig::load({config}).context().value);
        for (int i = 0; i < 3; ++i) {
            const auto version = resultOf(kube.version());
            QVERIFY2(version.ok(), qPrintable(version.error));
        }
        QCOMPARE(pluginRuns(script), expectRuns);
        for (const auto &request : server.requests())
            QCOMPARE(request.header("authorization"), QByteArray("Bearer exec-tok"));
    }

    void execPluginThatFailsSaysWhy()
    {
        const QString config = write(QStringLiteral("cfg"), cluster(1) + execUser(QStringLiteral("/no/such/plugin"), u"client.authentication.k8s.io/v1"_s));
        HttpClient http;
        KubeClient kube(&http, KubeConfig::load({config}).context().value);
        const auto version = resultOf(kube.version());
        QVERIFY(!version.ok());
        QVERIFY2(version.error.contains(QLatin1String("/no/such/plugin")), qPrintable(version.error));
    }

    void servicesAreReachedThroughTheProxy()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString proxied = QStringLiteral("/api/v1/namespaces/argo/services/https:argo-server:2746/proxy/api/v1/version");
        server.on("GET", proxied, TestHttpServer::reply(200, R"({"version":"v3.5.5"})"));
        const QString config = write(QStringLiteral("cfg"), cluster(server.port()) + "users:\n- name: u\n  user: {token: abc}\n");
        HttpClient http;
        KubeClient kube(&http, KubeConfig::load({config}).context().value);
        ps::ApiClient *argo = kube.serviceClient(QStringLiteral("argo"), QStringLiteral("argo-server"), 2746, true, &kube);
        const auto version = resultOf(argo->get(QStringLiteral("/api/v1/version")));
        QVERIFY2(version.ok(), qPrintable(version.error));
        QCOMPARE(version.json[QStringLiteral("version")].toString(), QStringLiteral("v3.5.5"));
        QCOMPARE(server.requests().value(0).path, proxied);
        QCOMPARE(server.requests().value(0).header("authorization"), QByteArray("Bearer abc"));
    }

    void kubernetesStatusIsTheMessage()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/version"),
                  TestHttpServer::reply(401, R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401})"));
        const QString config = write(QStringLiteral("cfg"), cluster(server.port()) + "users:\n- name: u\n  user: {token: expired}\n");
        HttpClient http;
        KubeClient kube(&http, KubeConfig::load({config}).context().value);
        const auto version = resultOf(kube.version());
        QCOMPARE(version.status, 401);
        QVERIFY2(version.error.contains(QLatin1String("Unauthorized")) && version.error.contains(QLatin1String("401")), qPrintable(version.error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dirOwner;
};

PS_TEST(KubeConfigTest)
#include "tst_kubeconfig.moc"
