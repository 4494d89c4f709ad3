#include "clusterbackends.h"

#include "argobackend.h"
#include "clusterconnection.h"
#include "connectionprofilestore.h"
#include "credentialstore.h"
#include "kfpbackend.h"
#include "kubeconfig.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace ps {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClusterBackends)
};
} // namespace

ClusterBackends::ClusterBackends(ConnectionProfileStore *profiles, CredentialStore *credentials, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_http(http)
{
    connect(profiles, &ConnectionProfileStore::changed, this, &ClusterBackends::rebuild);
}

ClusterBackends::~ClusterBackends() = default;

void ClusterBackends::start() { rebuild(); }

QList<RunBackend *> ClusterBackends::backends() const
{
    QList<RunBackend *> list;
    for (const QPointer<RunBackend> &b : m_backends)
        if (b)
            list.append(b);
    return list;
}

void ClusterBackends::rebuild()
{
    // Every backend goes and comes back: a changed profile may have a new address or token.
    ++m_generation;
    for (const QPointer<RunBackend> &b : std::as_const(m_backends))
        delete b.data();
    for (const QPointer<ClusterConnection> &c : std::as_const(m_connections))
        delete c.data();
    m_backends.clear();
    m_connections.clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *watcher = new QFutureWatcher<CredentialResult>(this);
        connect(watcher, &QFutureWatcher<CredentialResult>::finished, this, [this, watcher, profile, generation = m_generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;   // the profiles changed again meanwhile
            const CredentialResult token = watcher->result();
            open(profile, token.ok() ? token.secret : QString());
        });
        watcher->setFuture(m_credentials->read(profile.credentialKey()));
    }
}

void ClusterBackends::open(const ConnectionProfile &profile, const QString &token)
{
    const KubeConfig kubeconfig = profile.kind == ConnectionProfile::Kind::KubeContext ? KubeConfig::loadDefault() : KubeConfig();
    const BackendResult<ClusterConnection *> connection = ClusterConnection::open(m_http, profile, token, kubeconfig, this);
    if (!connection.ok() || !connection.value->engineApi()) {
        emit problem(Tr::tr("Connection “%1”: %2").arg(profile.name, connection.ok() ? Tr::tr("it names no Argo or Kubeflow server")
                                                                                     : connection.error));
        delete connection.value;
        return;
    }
    ClusterConnection *c = connection.value;
    RunBackend *backend = nullptr;
    if (profile.isArgo()) {
        ArgoBackend::Settings settings;
        settings.namespaceName = c->namespaceName();
        settings.label = profile.name;
        auto *argo = new ArgoBackend(c->engineApi(), settings, this);
        argo->start();
        backend = argo;
    } else {
        KfpBackend::Settings settings;
        settings.namespaceName = profile.kind == ConnectionProfile::Kind::KubeContext ? QString() : profile.namespaceName;
        settings.label = profile.name;
        auto *kfp = new KfpBackend(c->engineApi(), c->kube(), settings, this);
        kfp->start();
        backend = kfp;
    }
    m_connections.insert(profile.id, c);
    m_backends.insert(profile.id, backend);
    emit backendAdded(backend);
}

} // namespace ps
