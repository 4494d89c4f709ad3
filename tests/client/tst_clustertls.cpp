#include "actionwait.h"
#include "apiclient.h"
#include "argobackend.h"
#include "argoonetask.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "fakekfpserver.h"
#include "httpclient.h"
#include "kfpbackend.h"
#include "snapshotwait.h"
#include "testcertificates.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPipeline = pstest::oneTaskWorkflow("tls-demo-");

} // namespace

// The cluster backends over HTTPS: the fake Argo Server and KFP API serve a certificate
// signed by a test CA. Trusting that CA works end to end (submit, watch, poll); a client
// that trusts another CA gets a clear message at once, and what it knew stays as it was.
class ClusterTlsTest : public QObject
{
    Q_OBJECT

    pstest::TestCertificates m_certs;
    ps::HttpClient m_http;

    ps::TlsOptions trusting(const QString &caFile) const
    {
        ps::TlsOptions tls;
        tls.caPem = m_certs.read(caFile);
        return tls;
    }

    // The client now trusts another CA (as after a wrong kubeconfig edit): a submission fails
    // at once with a message that names the certificate, and the run known before stays.
    template<class Backend>
    void submitTrustingTheWrongCa(Backend &backend, ps::ApiClient &api, const QString &knownRun)
    {
        const ps::RunSnapshot before = *backend.snapshot(knownRun);
        api.setTls(trusting(u"self.pem"_s));
        const auto refused = backend.submit(pstest::pipelineFromYaml(kPipeline), {});
        QVERIFY(refused.ok());
        const ps::ActionOutcome outcome = pstest::outcomeOf(backend, {ps::BackendAction::Kind::Submit, refused.value}, 10000);
        QVERIFY(!outcome.ok());
        // Refused for the certificate itself, not given up after a timeout.
        const QString message = outcome.error;
        QVERIFY2(message.contains(u"secure connection"_s) && message.contains(u"certificate"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"timed out"_s) && !message.contains(u"did not answer"_s), qPrintable(message));
        QCOMPARE(ps::toString(backend.snapshot(refused.value)->phase), u"Error"_s);
        QCOMPARE(*backend.snapshot(knownRun), before);
    }

private slots:
    void initTestCase()
    {
        if (!pstest::TestCertificates::opensslAvailable())
            QSKIP("openssl is not installed (Debian package openssl)");
        QVERIFY(m_certs.make());
    }

    void argoOverTls()
    {
        pstest::FakeArgoServer argo;
        argo.http().useTls(m_certs.read(u"server.pem"_s), m_certs.read(u"server.key"_s));
        QVERIFY(argo.listen());
        QCOMPARE(argo.url().scheme(), u"https"_s);
        ps::ApiClient api(&m_http, argo.url());
        api.setTimeout(std::chrono::milliseconds(3000));
        api.setTls(trusting(u"ca.pem"_s));
        ps::ArgoBackend::Settings settings;
        settings.namespaceName = u"ml"_s;
        settings.reconnectDelayMs = 50;
        ps::ArgoBackend backend(&api, settings);
        backend.start();
        QVERIFY(QTest::qWaitFor([&] { return argo.openWatches() == 1; }, 10000));   // the SSE watch, encrypted
        const QString id = pstest::submitAndWait(backend, pstest::pipelineFromYaml(kPipeline), {},
                                                 [&](const QString &name) { return argo.workflowNames().contains(name); });
        QVERIFY(!id.isEmpty());
        argo.setStatus(id, QJsonObject{{u"phase"_s, u"Succeeded"_s}, {u"finishedAt"_s, u"2024-05-01T10:00:05Z"_s}});
        QVERIFY(pstest::waitSnapshot(backend, id, [](const ps::RunSnapshot &s) { return s.phase == ps::RunPhase::Succeeded; }));

        submitTrustingTheWrongCa(backend, api, id);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(argo.workflowNames(), QStringList{id});   // nothing reached the server
    }

    void kfpOverTls()
    {
        pstest::FakeKfpServer kfp;
        kfp.http().useTls(m_certs.read(u"server.pem"_s), m_certs.read(u"server.key"_s));
        QVERIFY(kfp.listen());
        ps::ApiClient api(&m_http, kfp.url());
        api.setTimeout(std::chrono::milliseconds(3000));
        api.setTls(trusting(u"ca.pem"_s));
        ps::KfpBackend::Settings settings;
        settings.pollIntervalMs = 50;
        settings.maxPollIntervalMs = 200;
        ps::KfpBackend backend(&api, nullptr, settings);
        const QString id = pstest::submitAndWait(backend, pstest::pipelineFromYaml(kPipeline), {},
                                                 [&](const QString &ours) { return !backend.kfpRunId(ours).isEmpty(); });
        QCOMPARE(kfp.requestsTo(u"POST"_s, u"/apis/v2beta1/pipelines/upload"_s).size(), 1);   // multipart, encrypted
        kfp.setRun(backend.kfpRunId(id), u"SUCCEEDED"_s);
        QVERIFY(pstest::waitSnapshot(backend, id, [](const ps::RunSnapshot &s) { return s.phase == ps::RunPhase::Succeeded; }));

        submitTrustingTheWrongCa(backend, api, id);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(kfp.runIds().size(), 1);
        QCOMPARE(kfp.requestsTo(u"POST"_s, u"/apis/v2beta1/pipelines/upload_version"_s).size(), 0);
    }
};

PS_TEST(ClusterTlsTest)
#include "tst_clustertls.moc"
