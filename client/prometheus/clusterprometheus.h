#pragma once

#include "connectionprofile.h"
#include "monitoringsettings.h"
#include "prometheusconfig.h"

#include <QList>
#include <QObject>

#include <functional>

namespace ps {

class KubeAuthenticator;
class KubeConfig;

// A Prometheus that runs in the cluster, reached through a kubeconfig context's API server
// service proxy with that context's credentials (CA, client certificate, token, token file
// or exec plugin), so no port-forward is needed: turns the monitoring settings into the
// PrometheusConfig the client uses. The credentials are tried when resolved (so a broken
// plugin is reported at once); after that every request goes through the context's
// KubeAuthenticator, so a rotated token is used and a refused one renewed once.
class ClusterPrometheus : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const PrometheusConfig &config, const QString &error)>;
    using QObject::QObject;

    // <apiserver>/api/v1/namespaces/<ns>/services/<scheme>:<name>:<port>/proxy/
    static QUrl proxyUrl(const QUrl &apiServer, const MonitoringSettings &settings);
    // For people: "Through cluster connection: team, service monitoring/prometheus-k8s:9090".
    static QString describe(const QString &profileName, const MonitoringSettings &settings);

    // Calls `done` from the event loop with the configuration, or with why there is none.
    // A later call supersedes an earlier one still waiting (its `done` is not called).
    void resolve(const MonitoringSettings &settings, const QList<ConnectionProfile> &profiles, const KubeConfig &kubeconfig,
                 Done done);
    // Forgets a resolve still waiting.
    void cancel() { ++m_generation; }

private:
    int m_generation = 0;
    KubeAuthenticator *m_authenticator = nullptr;   // the last resolved configuration's
};

} // namespace ps
