#pragma once

#include "apiresponse.h"
#include "kubecontext.h"

#include <QFuture>
#include <QObject>

namespace ps {

class ApiClient;
class HttpClient;
class KubeAuthenticator;
class PodLogStream;

// A Kubernetes API server as one kubeconfig context reaches it: /version, pod logs, and
// the service proxy through which Argo Server, KFP or Prometheus in the cluster answer
// without a port-forward. Every request carries the context's credentials.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    KubeClient(HttpClient *http, KubeContext context, QObject *parent = nullptr);

    const KubeContext &context() const;
    ApiClient *api() const { return m_api; }
    KubeAuthenticator *authenticator() const { return m_auth; }
    // The insecure-skip-tls-verify warning, or empty.
    QString warning() const;

    // GET /version: {major, minor, gitVersion, platform…}.
    QFuture<ApiResponse> version();
    // "/api/v1/namespaces/NS/services/[https:]NAME:PORT/proxy"
    static QString serviceProxyPath(const QString &namespaceName, const QString &service, int port, bool https = false);
    // A client for a service in the cluster through the API server's proxy, with this
    // context's credentials. Owned by `parent`.
    ApiClient *serviceClient(const QString &namespaceName, const QString &service, int port, bool https, QObject *parent);
    // Follows the container's log (the caller owns the stream; call start()).
    PodLogStream *openPodLog(const QString &namespaceName, const QString &pod, const QString &container = QStringLiteral("main"),
                             QObject *parent = nullptr);

private:
    KubeAuthenticator *m_auth = nullptr;
    ApiClient *m_api = nullptr;
};

} // namespace ps
