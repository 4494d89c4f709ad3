#include "apiclient.h"
#include "argobackend.h"
#include "argoonetask.h"
#include "clusterconnection.h"
#include "clusterprometheus.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "fakekubeserver.h"
#include "futurewait.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "kubeclient.h"
#include "kubeconfig.h"
#include "kubecontextfixture.h"
#include "logstream.h"
#include "podlogstream.h"
#include "prometheusclient.h"
#include "snapshotwait.h"
#include "testcertificates.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ps::ConnectionProfile;
using pstest::FakeKubeServer;
using pstest::KubeContextFixture;

namespace {

const QByteArray kPipeline = pstest::oneTaskWorkflow("proxied-");

const QString kArgoProxy = u"/api/v1/namespaces/argo/services/https:argo-server:2746/proxy"_s;
const QString kKfpProxy = u"/api/v1/namespaces/kubeflow/services/ml-pipeline:8888/proxy"_s;

QStringList readAll(ps::LogStream *stream)
{
    QStringList got;
    QObject::connect(stream, &ps::LogStream::linesArrived, stream, [&got](const ps::LogLines &lines) {
        for (const auto &l : lines)
            got.append(l.text);
    });
    QSignalSpy finished(stream, &ps::LogStream::finished);
    QSignalSpy failed(stream, &ps::LogStream::failed);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 15000))
        got.append(u"(the stream did not end)"_s);
    if (!failed.isEmpty())
        got.append(u"(failed: "_s + failed.first().first().toString() + u')');
    return got;
}

ConnectionProfile contextProfile(ConnectionProfile::Engine engine)
{
    ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::KubeContext);
    p.name = u"team cluster"_s;
    p.context = u"lab"_s;
    p.engine = engine;
    p.serviceHttps = engine == ConnectionProfile::Engine::Argo;
    return p;
}

} // namespace

// Argo Server and Kubeflow Pipelines in the cluster, reached through the API server's
// service proxy with a kubeconfig context's credentials (no port-forward): runs go the
// whole way through it, and credentials the cluster refuses are renewed once.
class ClusterProxyTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeKubeServer> m_kube;
    std::unique_ptr<KubeContextFixture> m_context;
    std::unique_ptr<ps::HttpClient> m_http;
    std::unique_ptr<ps::ClusterConnection> m_connection;

    ps::ClusterConnection *open(ConnectionProfile::Engine engine)
    {
        const ps::KubeConfig kubeconfig = ps::KubeConfig::load({m_context->kubeconfig()});
        // The engine's own token, given as for a URL profile: through a context it must not be
        // what authenticates.
        auto opened = ps::ClusterConnection::open(m_http.get(), contextProfile(engine), u"engine-token"_s, kubeconfig);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.error));
        m_connection.reset(opened.value);
        return m_connection.get();
    }
    // Every request the API server saw carried the context's token, never the engine's.
    void checkKubeAuthorization(const QString &token)
    {
        const auto requests = m_kube->requests();
        QVERIFY(!requests.isEmpty());
        for (const auto &r : requests) {
            QVERIFY2(r.header("authorization") == "Bearer " + token.toUtf8(), r.target.constData());
            QVERIFY(!r.target.contains("engine-token"));
        }
    }

private slots:
    void init()
    {
        m_kube = std::make_unique<FakeKubeServer>();
        QVERIFY(m_kube->listen());
        m_kube->requireToken(u"kube-1"_s);
        m_context = std::make_unique<KubeContextFixture>(m_kube->url(), u"lab"_s, u"ml"_s);
        QVERIFY(m_context->isValid());
        m_context->setToken(u"kube-1"_s);
        m_http = std::make_unique<ps::HttpClient>();
    }
    void cleanup()
    {
        m_connection.reset();
        m_http.reset();
        m_context.reset();
        m_kube.reset();
    }

    void argoRunGoesTheWholeWayThroughTheProxy()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        m_kube->forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c && c->engineApi());
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = c->namespaceName();
        settings.reconnectDelayMs = 50;
        ps::ArgoBackend backend(c->engineApi(), settings);
        backend.start();
        QVERIFY(QTest::qWaitFor([&] { return argo.openWatches() == 1; }, 10000));

        const QString wf = pstest::submitAndWait(backend, pstest::pipelineFromYaml(kPipeline), {},
                                                 [&argo](const QString &name) { return argo.workflowNames().contains(name); });
        QVERIFY(!wf.isEmpty());
        QCOMPARE(argo.workflow(wf)[u"metadata"_s][u"namespace"_s].toString(), u"ml"_s);   // the context's namespace
        argo.setStatus(wf, pstest::oneTaskStatus(wf, u"Running"_s));
        QVERIFY(pstest::waitSnapshot(backend, wf, [](const ps::RunSnapshot &s) { return s.node(u"hello"_s); }));
        const QString pod = backend.podName(wf, u"hello"_s);
        argo.logs().append(pod, u"epoch 1"_s);
        argo.logs().append(pod, u"epoch 2"_s);
        argo.logs().finish(pod);
        std::unique_ptr<ps::LogStream> log(backend.openLogStream(wf, u"hello"_s));
        QCOMPARE(readAll(log.get()), (QStringList{u"epoch 1"_s, u"epoch 2"_s}));
        argo.setStatus(wf, pstest::oneTaskStatus(wf, u"Succeeded"_s));
        QVERIFY(pstest::waitSnapshot(backend, wf, [](const ps::RunSnapshot &s) { return s.phase == ps::RunPhase::Succeeded; }));

        // The API server saw each call at its proxied path, with the context's token.
        QCOMPARE(m_kube->requestsTo(u"POST"_s, kArgoProxy + u"/api/v1/workflows/ml/lint"_s).size(), 1);
        QCOMPARE(m_kube->requestsTo(u"POST"_s, kArgoProxy + u"/api/v1/workflows/ml"_s).size(), 1);
        QVERIFY(!m_kube->requestsTo(u"GET"_s, kArgoProxy + u"/api/v1/workflow-events/ml"_s).isEmpty());
        QCOMPARE(m_kube->requestsTo(u"GET"_s, kArgoProxy + u"/api/v1/workflows/ml/%1/log"_s.arg(wf)).size(), 1);
        checkKubeAuthorization(u"kube-1"_s);
        // Argo Server got them from the proxy, query intact and without any credentials.
        const auto watch = argo.requestsTo(u"GET"_s, u"/api/v1/workflow-events/ml"_s);
        QVERIFY(!watch.isEmpty());
        QVERIFY(!watch.first().query.queryItemValue(u"listOptions.labelSelector"_s).isEmpty());
        for (const auto &r : argo.requests())
            QVERIFY2(r.header("authorization").isEmpty(), r.target.constData());
        QCOMPARE(m_context->pluginRuns(), 1);
    }

    void kfpRunGoesTheWholeWayThroughTheProxy()
    {
        pstest::FakeKfpServer kfp;
        QVERIFY(kfp.listen());
        m_kube->forwardService(u"kubeflow"_s, u"ml-pipeline:8888"_s, &kfp);
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Kfp);
        QVERIFY(c && c->engineApi() && c->kube());
        ps::KfpBackend::Settings settings;
        settings.podNamespace = u"kubeflow"_s;
        settings.pollIntervalMs = 50;
        settings.maxPollIntervalMs = 200;
        ps::KfpBackend backend(c->engineApi(), c->kube(), settings);
        const QString id = pstest::submitAndWait(backend, pstest::pipelineFromYaml(kPipeline), {},
                                                 [&backend](const QString &run) { return !backend.kfpRunId(run).isEmpty(); });
        QVERIFY(!id.isEmpty());
        const QString kfpId = backend.kfpRunId(id);
        const QJsonObject task{{u"task_id"_s, u"t1"_s}, {u"display_name"_s, u"hello"_s}, {u"state"_s, u"SUCCEEDED"_s},
                               {u"start_time"_s, u"2024-05-01T10:00:00Z"_s}, {u"pod_name"_s, u"kfp-pod-1"_s}};
        kfp.setRun(kfpId, u"SUCCEEDED"_s, QJsonArray{task});
        QVERIFY(pstest::waitSnapshot(backend, id, [](const ps::RunSnapshot &s) { return s.phase == ps::RunPhase::Succeeded; }));
        m_kube->logs().append(u"kfp-pod-1"_s, u"done in 3s"_s);
        m_kube->logs().finish(u"kfp-pod-1"_s);
        std::unique_ptr<ps::LogStream> log(backend.openLogStream(id, u"hello"_s));
        QCOMPARE(readAll(log.get()), QStringList{u"done in 3s"_s});

        QVERIFY(!m_kube->requestsTo(u"POST"_s, kKfpProxy + u"/apis/v2beta1/pipelines/upload"_s).isEmpty());
        QCOMPARE(m_kube->requestsTo(u"POST"_s, kKfpProxy + u"/apis/v2beta1/runs"_s).size(), 1);
        QVERIFY(!m_kube->requestsTo(u"GET"_s, kKfpProxy + u"/apis/v2beta1/runs/"_s + kfpId).isEmpty());
        QCOMPARE(m_kube->requestsTo(u"GET"_s, u"/api/v1/namespaces/kubeflow/pods/kfp-pod-1/log"_s).size(), 1);
        checkKubeAuthorization(u"kube-1"_s);
        QVERIFY(!kfp.requests().isEmpty());
        for (const auto &r : kfp.requests())
            QVERIFY2(r.header("authorization").isEmpty(), r.target.constData());
    }

    void anUnknownServiceSaysSo()
    {
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c);
        const ps::ApiResponse r = pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s));
        QCOMPARE(r.status, 404);
        QVERIFY2(r.error.contains(u"services \"argo-server\" not found"_s), qPrintable(r.error));
    }

    void anExpiredTokenIsFetchedAgainBeforeUse()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        m_kube->forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        m_context->setExpiry(QDateTime::currentDateTimeUtc().addSecs(-5));   // as short-lived tokens end
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c);
        QVERIFY(pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s)).ok());
        m_context->setToken(u"kube-2"_s);
        m_kube->requireToken(u"kube-2"_s);
        const ps::ApiResponse r = pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_context->pluginRuns(), 2);
        QCOMPARE(m_kube->requests().size(), 2);   // renewed before the request, not after a refusal
        QCOMPARE(m_kube->requests().last().header("authorization"), QByteArray("Bearer kube-2"));
    }

    void aRefusedTokenIsFetchedAgainAndTheRequestSentOnce_data()
    {
        QTest::addColumn<bool>("submit");   // a POST (create) rather than a GET
        QTest::newRow("get") << false;
        QTest::newRow("submit") << true;
    }
    void aRefusedTokenIsFetchedAgainAndTheRequestSentOnce()
    {
        QFETCH(bool, submit);
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        m_kube->forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c);
        QVERIFY(pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s)).ok());
        // The identity provider rotated the token: the cached one is refused from now on.
        m_context->setToken(u"kube-2"_s);
        m_kube->requireToken(u"kube-2"_s);
        m_kube->http().clearRequests();
        if (submit) {
            ps::ArgoBackend::Settings settings;
            settings.namespaceName = c->namespaceName();
            ps::ArgoBackend backend(c->engineApi(), settings);
            QVERIFY(!pstest::submitAndWait(backend, pstest::pipelineFromYaml(kPipeline), {},
                                           [&argo](const QString &name) { return argo.workflowNames().contains(name); })
                         .isEmpty());
            QCOMPARE(argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml/lint"_s).size(), 1);   // the service saw it once
            QCOMPARE(argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s).size(), 1);
        } else {
            const ps::ApiResponse r = pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s));
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        QCOMPARE(m_context->pluginRuns(), 2);
        const auto first = m_kube->requests().first();
        QCOMPARE(first.header("authorization"), QByteArray("Bearer kube-1"));   // refused
        const auto retried = m_kube->requests().at(1);
        QCOMPARE(retried.target, first.target);
        QCOMPARE(retried.header("authorization"), QByteArray("Bearer kube-2"));
        QCOMPARE(m_kube->requests().size(), submit ? 3 : 2);
    }

    void aSecondRefusalIsReportedClearly_data()
    {
        QTest::addColumn<bool>("stream");   // a pod log stream rather than a call
        QTest::newRow("call") << false;
        QTest::newRow("pod log stream") << true;
    }
    void aSecondRefusalIsReportedClearly()
    {
        QFETCH(bool, stream);
        m_kube->requireToken(u"revoked-for-everyone"_s);
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c);
        QString error;
        if (stream) {
            std::unique_ptr<ps::PodLogStream> log(c->kube()->openPodLog(u"ml"_s, u"p1"_s));
            log->start();
            const QStringList got = readAll(log.get());
            QCOMPARE(got.size(), 1);
            error = got.first();
        } else {
            error = pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s)).error;
        }
        QVERIFY2(error.contains(u"The cluster refused the credentials of context 'lab' (HTTP 401): token not valid"_s), qPrintable(error));
        QCOMPARE(m_context->pluginRuns(), 2);   // fetched again once
        QCOMPARE(m_kube->requests().size(), 2); // sent again once
    }

    void aFixedTokenIsNotSentTwice()
    {
        // A token written in the kubeconfig cannot change: a refusal is reported at once.
        const QString config = m_context->path(u"fixed"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"clusters:\n- name: c\n  cluster: {server: '%1'}\nusers:\n- name: u\n  user: {token: stale}\n"
                "contexts:\n- name: fixed\n  context: {cluster: c, user: u}\ncurrent-context: fixed\n"_s.arg(m_kube->url().toString()).toUtf8());
        f.close();
        ps::KubeClient kube(m_http.get(), ps::KubeConfig::load({config}).context().value);
        const ps::ApiResponse r = pstest::resultOf(kube.version());
        QCOMPARE(r.status, 401);
        QVERIFY2(r.error.contains(u"context 'fixed'"_s), qPrintable(r.error));
        QCOMPARE(m_kube->requests().size(), 1);
    }

    void aServicesOwnRefusalIsNotTheClusters()
    {
        // Argo Server behind the proxy refuses (its own grpc-gateway body): the context's
        // credentials are fine, so nothing is renewed and the message names the service.
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"argo-sso"_s);
        m_kube->forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        ps::ClusterConnection *c = open(ConnectionProfile::Engine::Argo);
        QVERIFY(c);
        const ps::ApiResponse r = pstest::resultOf(c->engineApi()->get(u"/api/v1/version"_s));
        QCOMPARE(r.status, 401);
        QVERIFY2(r.error.contains(u"argo-server"_s) && !r.error.contains(u"The cluster refused"_s), qPrintable(r.error));
        QCOMPARE(m_context->pluginRuns(), 1);
        QCOMPARE(m_kube->requests().size(), 1);
    }
    void aClientCertificateOpensTheProxy()
    {
        // Mutual TLS as kubeadm clusters set it up: the kubeconfig's client certificate is who
        // we are; no token is sent, and a context without the certificate is refused.
        if (!pstest::TestCertificates::opensslAvailable())
            QSKIP("openssl is not installed (Debian package openssl)");
        pstest::TestCertificates certs;
        QVERIFY(certs.make());
        FakeKubeServer kube;
        kube.http().useTls(certs.read(u"server.pem"_s), certs.read(u"server.key"_s));
        kube.acceptClientCertificate(certs.read(u"client.pem"_s));
        pstest::FakeArgoServer argo;
        QVERIFY(kube.listen() && argo.listen());
        kube.forwardService(u"argo"_s, u"https:argo-server:2746"_s, &argo);
        const QString config = m_context->path(u"mtls"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"clusters:\n- name: c\n  cluster: {server: '%1', certificate-authority: '%2'}\n"
                "users:\n- name: admin\n  user: {client-certificate: '%3', client-key: '%4'}\n- name: stranger\n  user: {token: guess}\n"
                "contexts:\n- name: lab\n  context: {cluster: c, user: admin, namespace: ml}\n"
                "- name: nocert\n  context: {cluster: c, user: stranger}\ncurrent-context: lab\n"_s
                    .arg(kube.url().toString(), certs.path(u"ca.pem"_s), certs.path(u"client.pem"_s), certs.path(u"client.key"_s))
                    .toUtf8());
        f.close();
        const ps::KubeConfig kubeconfig = ps::KubeConfig::load({config});
        auto opened = ps::ClusterConnection::open(m_http.get(), contextProfile(ConnectionProfile::Engine::Argo), {}, kubeconfig);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_connection.reset(opened.value);
        const ps::ApiResponse version = pstest::resultOf(m_connection->engineApi()->get(u"/api/v1/version"_s));
        QVERIFY2(version.ok(), qPrintable(version.error));
        QCOMPARE(kube.requests().size(), 1);
        QCOMPARE(kube.requests().first().path, kArgoProxy + u"/api/v1/version"_s);
        QVERIFY(kube.requests().first().header("authorization").isEmpty());
        QCOMPARE(argo.requestsTo(u"GET"_s, u"/api/v1/version"_s).size(), 1);

        ConnectionProfile stranger = contextProfile(ConnectionProfile::Engine::Argo);
        stranger.context = u"nocert"_s;
        opened = ps::ClusterConnection::open(m_http.get(), stranger, {}, kubeconfig);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_connection.reset(opened.value);
        const ps::ApiResponse refused = pstest::resultOf(m_connection->engineApi()->get(u"/api/v1/version"_s));
        QVERIFY2(refused.error.contains(u"The cluster refused the credentials of context 'nocert'"_s), qPrintable(refused.error));
        QCOMPARE(argo.requestsTo(u"GET"_s, u"/api/v1/version"_s).size(), 1);
    }

    void inClusterPrometheusSharesTheRenewal()
    {
        // Prometheus in the cluster behind the same proxy: a rotated token is fetched again
        // once and the query repeated; a revoked one is reported as the cluster's refusal.
        int queries = 0;
        m_kube->addService(u"monitoring"_s, u"http:prometheus-k8s:9090"_s, [&queries](pstest::TestHttpExchange *ex, const QString &path) {
            ++queries;
            QCOMPARE(path, u"/api/v1/query"_s);
            ex->respond(200, R"({"status":"success","data":{"resultType":"vector","result":[]}})");
        });
        ConnectionProfile profile = contextProfile(ConnectionProfile::Engine::None);
        ps::MonitoringSettings settings;
        settings.clusterProfile = profile.id;
        ps::ClusterPrometheus cluster;
        std::optional<ps::PrometheusConfig> config;
        cluster.resolve(settings, {profile}, ps::KubeConfig::load({m_context->kubeconfig()}),
                        [&config](const ps::PrometheusConfig &resolved, const QString &error) {
                            QVERIFY2(error.isEmpty(), qPrintable(error));
                            config = resolved;
                        });
        QTRY_VERIFY(config.has_value());
        ps::PrometheusClient prometheus(m_http.get());
        prometheus.setConfig(*config);
        QVERIFY(pstest::resultOf(prometheus.query(u"up"_s)).ok());
        QCOMPARE(m_context->pluginRuns(), 1);

        m_context->setToken(u"kube-2"_s);
        m_kube->requireToken(u"kube-2"_s);
        const auto rotated = pstest::resultOf(prometheus.query(u"up"_s));
        QVERIFY2(rotated.ok(), qPrintable(rotated.error.message));
        QCOMPARE(m_context->pluginRuns(), 2);
        QCOMPARE(queries, 2);
        QCOMPARE(m_kube->requests().last().header("authorization"), QByteArray("Bearer kube-2"));

        m_kube->requireToken(u"revoked-for-everyone"_s);
        const int before = int(m_kube->requests().size());
        const auto revoked = pstest::resultOf(prometheus.query(u"up"_s));
        QCOMPARE(revoked.error.kind, ps::PrometheusError::Kind::Unauthorized);
        QVERIFY2(revoked.error.message.contains(u"The cluster refused the credentials of context 'lab' (HTTP 401)"_s),
                 qPrintable(revoked.error.message));
        QCOMPARE(m_context->pluginRuns(), 3);
        QCOMPARE(int(m_kube->requests().size()) - before, 2);
        QCOMPARE(queries, 2);
    }
};

PS_TEST(ClusterProxyTest)
#include "tst_clusterproxy.moc"
