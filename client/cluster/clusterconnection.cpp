#include "clusterconnection.h"

#include "apiclient.h"
#include "kubeclient.h"
#include "kubeconfig.h"

#include <QFile>

namespace ps {

BackendResult<ClusterConnection *> ClusterConnection::open(HttpClient *http, const ConnectionProfile &profile, const QString &token,
                                                           const KubeConfig &kubeconfig, QObject *parent)
{
    using R = BackendResult<ClusterConnection *>;
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return R::failure(problem);
    auto *c = new ClusterConnection(profile, parent);
    if (profile.kind == ConnectionProfile::Kind::KubeContext) {
        const BackendResult<KubeContext> context = kubeconfig.context(profile.context);
        if (!context.ok()) {
            delete c;
            QString why = context.error;
            if (!kubeconfig.errors().isEmpty())
                why += u' ' + kubeconfig.errors().join(u' ');
            return R::failure(why);
        }
        c->m_namespace = profile.namespaceName.isEmpty() ? context.value.namespaceName : profile.namespaceName;
        c->m_kube = new KubeClient(http, context.value, c);
        if (profile.engine != ConnectionProfile::Engine::None)
            c->m_engine = c->m_kube->serviceClient(profile.effectiveServiceNamespace(), profile.effectiveServiceName(),
                                                   profile.effectiveServicePort(), profile.serviceHttps, c);
        return {c, {}};
    }
    c->m_namespace = profile.effectiveNamespace();
    c->m_engine = new ApiClient(http, profile.url, c);
    c->m_engine->setWhere(profile.isKfp() ? tr("Kubeflow Pipelines at %1").arg(profile.url.toDisplayString(QUrl::RemoveUserInfo))
                                          : tr("Argo Server at %1").arg(profile.url.toDisplayString(QUrl::RemoveUserInfo)));
    TlsOptions tls;
    tls.caFile = profile.caFile;
    tls.insecure = profile.insecure;
    if (!tls.caFile.isEmpty() && !QFile::exists(tls.caFile)) {
        delete c;
        return R::failure(tr("The CA file '%1' of connection '%2' does not exist.").arg(profile.caFile, profile.name));
    }
    c->m_engine->setTls(tls);
    c->m_engine->setBearerToken(token);
    return {c, {}};
}

QString ClusterConnection::warning() const
{
    if (m_kube && !m_kube->warning().isEmpty())
        return m_kube->warning();
    return m_engine ? m_engine->warning() : QString();
}

} // namespace ps
