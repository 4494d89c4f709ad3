#pragma once

#include "alertmanagerclient.h"
#include "clusterprometheus.h"
#include "credentialstore.h"
#include "httpclient.h"
#include "localprometheus.h"
#include "metricstargetfile.h"
#include "monitoringsettings.h"
#include "prometheusclient.h"

#include <QObject>

#include <optional>

namespace ps {

class LocalBackend;

// The application's way to Prometheus and Alertmanager: reads the settings (secrets from
// the keychain through CredentialStore), and when no Prometheus is set, starts the
// user-level LocalPrometheus and node exporter unless they already run, so charts work
// out of the box. The local engine's metrics endpoint is listed in that Prometheus'
// targets directory (attachEngine), so a first run gets charts.
// The panels take prometheus() and alertmanager(); status() says whether one answers.
class MonitoringConnection : public QObject
{
    Q_OBJECT

public:
    enum class Status { Starting, Ready, Unavailable };

    // `localHome`: where LocalPrometheus keeps its data (tests use a temporary folder).
    explicit MonitoringConnection(const QString &localHome = LocalPrometheus::defaultHome(), QObject *parent = nullptr);
    ~MonitoringConnection() override;

    // The connection the application made at start (StudioApp), or nullptr.
    static MonitoringConnection *instance();
    void makeInstance();

    PrometheusClient *prometheus() { return &m_prometheus; }
    // nullptr when no Alertmanager is configured.
    AlertmanagerClient *alertmanager();
    LocalPrometheus *localPrometheus() { return &m_local; }
    CredentialStore *credentials() { return &m_credentials; }
    const MonitoringSettings &settings() const { return m_settings; }
    // The cluster connections through which an in-cluster Prometheus can be reached (the
    // kubeconfig-context profiles in the settings).
    static QList<ConnectionProfile> clusterProfiles();

    Status status() const { return m_status; }
    // Why there is no Prometheus, and what to do about it; empty when Ready.
    QString statusMessage() const { return m_message; }

    // Reads the saved settings and connects (starting the local Prometheus when needed).
    void start();
    // Uses `settings` (saved to QSettings) and `secret` (the token or password: saved to the
    // keychain; an empty one is removed from it; none leaves the stored one as it is, e.g.
    // while Prometheus is reached through a cluster) and connects again.
    void apply(const MonitoringSettings &settings, const std::optional<QString> &secret);
    // Serves the engine's metrics (on a free port when it does not yet) and lists the
    // endpoint for the local Prometheus. Gives an error text or "".
    QString attachEngine(LocalBackend *engine);

signals:
    void statusChanged(ps::MonitoringConnection::Status status);

private:
    // Connects with the secret the keychain holds (none when the settings sign in with none).
    void connectWithStored();
    void connectWith(const QString &secret);
    void setStatus(Status status, const QString &message = {});

    HttpClient m_http;
    CredentialStore m_credentials;
    PrometheusClient m_prometheus;
    AlertmanagerClient m_alertmanager;
    LocalPrometheus m_local;
    MetricsTargetFile m_target;
    ClusterPrometheus m_cluster;
    MonitoringSettings m_settings;
    Status m_status = Status::Starting;
    QString m_message;
};

} // namespace ps
