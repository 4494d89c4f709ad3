#pragma once

#include "tlsoptions.h"

#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

namespace ps {

class KubeAuthenticator;

// Where a Prometheus is and how to prove who we are to it. The credentials come from the
// keychain (or the session's memory), never from a settings file.
struct PrometheusConfig {
    QUrl url;                 // base URL, may carry a path prefix (a proxy's /prometheus)
    QString bearerToken;      // sent as "Authorization: Bearer …" when set
    QString username;         // basic authentication when set (and no token)
    QString password;
    TlsOptions tls;
    std::chrono::milliseconds timeout{30000};
    int retries = 2;          // every Prometheus call is a GET: safe to repeat
    // A Prometheus in the cluster (ClusterPrometheus): every request carries this context's
    // credentials as they are now (rotating token files, exec plugins), renewed once when
    // the API server refuses them, as the cluster backends' requests are.
    QPointer<KubeAuthenticator> kube;
};

} // namespace ps
