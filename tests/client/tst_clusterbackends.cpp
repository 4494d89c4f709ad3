#include "clusterbackends.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "enginetesting.h"
#include "fakeargoserver.h"
#include "futurewait.h"
#include "httpclient.h"
#include "snapshotwait.h"
#include "testregistry.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ps::ConnectionProfile;

namespace {
const QByteArray kPipeline = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: hello-}
spec:
  entrypoint: main
  templates:
  - name: main
    container: {image: busybox, command: [echo, hi]}
)";
} // namespace

// Saved connection profiles become live backends, with the token from the credential store.
class ClusterBackendsTest : public QObject
{
    Q_OBJECT

private slots:
    void aSavedArgoProfileBecomesABackendThatSubmitsWithItsToken()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"team-token"_s);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ps::ConnectionProfileStore profiles(&settings);
        ConnectionProfile profile = ConnectionProfile::create(ConnectionProfile::Kind::ArgoUrl);
        profile.name = u"lab"_s;
        profile.url = argo.url();
        profile.namespaceName = u"ml"_s;
        profiles.put(profile);
        ps::CredentialStore credentials(u"pipeline-studio-test-"_s + QString::number(QCoreApplication::applicationPid()));
        QVERIFY(pstest::resultOf(credentials.write(profile.credentialKey(), u"team-token"_s)).ok());
        ps::HttpClient http;

        ps::ClusterBackends clusters(&profiles, &credentials, &http);
        QSignalSpy added(&clusters, &ps::ClusterBackends::backendAdded);
        clusters.start();
        QTRY_COMPARE(added.count(), 1);
        ps::RunBackend *backend = clusters.backends().value(0);
        QVERIFY(backend);
        QVERIFY2(backend->name().contains(u"lab"_s), qPrintable(backend->name()));

        // It really talks to that server, with the token from the keychain.
        const QString id = pstest::submitAndWait(*backend, pstest::pipelineFromYaml(kPipeline), {},
                                                 [&argo](const QString &name) { return argo.workflowNames().contains(name); });
        QVERIFY(!id.isEmpty());
        const auto created = argo.requestsTo(u"POST"_s, u"/api/v1/workflows/ml"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().header("authorization"), QByteArray("Bearer team-token"));

        // Removing the profile takes its backend away.
        QPointer<ps::RunBackend> gone = backend;
        profiles.remove(profile.id);
        QVERIFY(gone.isNull());
        QVERIFY(clusters.backends().isEmpty());
        credentials.remove(profile.credentialKey());
    }
};

PS_TEST(ClusterBackendsTest)
#include "tst_clusterbackends.moc"
