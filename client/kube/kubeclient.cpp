#include "kubeclient.h"

#include "apiclient.h"
#include "kubeauthenticator.h"
#include "podlogstream.h"

namespace ps {

KubeClient::KubeClient(HttpClient *http, KubeContext context, QObject *parent) : QObject(parent)
{
    const QUrl server = context.server;
    const QString name = context.name;
    m_auth = new KubeAuthenticator(std::move(context), this);
    m_api = new ApiClient(http, server, this);
    m_api->setAuthenticator(m_auth);
    m_api->setWhere(tr("The Kubernetes API server of context '%1' (%2)").arg(name, server.toDisplayString(QUrl::RemoveUserInfo)));
}

const KubeContext &KubeClient::context() const
{
    return m_auth->context();
}

QString KubeClient::warning() const
{
    return m_auth->context().warning;
}

QFuture<ApiResponse> KubeClient::version()
{
    return m_api->get(QStringLiteral("/version"));
}

QString KubeClient::serviceProxyPath(const QString &namespaceName, const QString &service, int port, bool https)
{
    return QStringLiteral("/api/v1/namespaces/%1/services/%2%3:%4/proxy")
        .arg(namespaceName, https ? QStringLiteral("https:") : QString(), service)
        .arg(port);
}

ApiClient *KubeClient::serviceClient(const QString &namespaceName, const QString &service, int port, bool https, QObject *parent)
{
    auto *client = new ApiClient(m_api->http(), m_api->url(serviceProxyPath(namespaceName, service, port, https)), parent);
    client->setAuthenticator(m_auth);
    client->setWhere(tr("Service %1/%2 through context '%3'").arg(namespaceName, service, context().name));
    return client;
}

PodLogStream *KubeClient::openPodLog(const QString &namespaceName, const QString &pod, const QString &container, QObject *parent)
{
    return new PodLogStream(m_api, namespaceName, pod, container, parent);
}

} // namespace ps
