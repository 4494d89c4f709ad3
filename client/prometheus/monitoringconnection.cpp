#include "monitoringconnection.h"

#include "connectionprofilestore.h"
#include "kubeconfig.h"
#include "localbackend.h"

#include <QPointer>
#include <QSettings>

namespace ps {

namespace {

QPointer<MonitoringConnection> theInstance;

} // namespace

MonitoringConnection::MonitoringConnection(const QString &localHome, QObject *parent)
    : QObject(parent), m_credentials(QStringLiteral("pipeline-studio")), m_prometheus(&m_http),
      m_alertmanager(&m_http), m_local(&m_http, localHome)
{
    connect(&m_local, &LocalPrometheus::ready, this, [this](const QUrl &url) {
        if (!m_settings.usesLocalPrometheus())
            return;
        PrometheusConfig config;
        config.url = url;
        m_prometheus.setConfig(config);
        setStatus(Status::Ready);
    });
    connect(&m_local, &LocalPrometheus::failed, this, [this](const QString &message) {
        if (m_settings.usesLocalPrometheus())
            setStatus(Status::Unavailable, message);
    });
}

MonitoringConnection::~MonitoringConnection() = default;

MonitoringConnection *MonitoringConnection::instance() { return theInstance; }

void MonitoringConnection::makeInstance() { theInstance = this; }

QList<ConnectionProfile> MonitoringConnection::clusterProfiles()
{
    QList<ConnectionProfile> list = ConnectionProfileStore().profiles();
    list.removeIf([](const ConnectionProfile &p) { return p.kind != ConnectionProfile::Kind::KubeContext; });
    return list;
}

AlertmanagerClient *MonitoringConnection::alertmanager()
{
    return m_alertmanager.config().url.isEmpty() ? nullptr : &m_alertmanager;
}

void MonitoringConnection::start()
{
    m_settings = MonitoringSettings::load(QSettings());
    connectWithStored();
}

void MonitoringConnection::connectWithStored()
{
    if (m_settings.auth == MonitoringSettings::Auth::None) {
        connectWith({});
        return;
    }
    m_credentials.read(MonitoringSettings::credentialKey()).then(this, [this](const CredentialResult &result) {
        connectWith(result.ok() ? result.secret : QString());
    });
}

void MonitoringConnection::apply(const MonitoringSettings &settings, const std::optional<QString> &secret)
{
    m_settings = settings;
    QSettings stored;
    settings.save(stored);
    if (!secret)
        return connectWithStored();
    if (secret->isEmpty() || settings.auth == MonitoringSettings::Auth::None)
        m_credentials.remove(MonitoringSettings::credentialKey());
    else
        m_credentials.write(MonitoringSettings::credentialKey(), *secret);
    connectWith(settings.auth == MonitoringSettings::Auth::None ? QString() : *secret);
}

void MonitoringConnection::connectWith(const QString &secret)
{
    PrometheusConfig config;
    if (m_settings.auth == MonitoringSettings::Auth::Bearer) {
        config.bearerToken = secret;
    } else if (m_settings.auth == MonitoringSettings::Auth::Basic) {
        config.username = m_settings.username;
        config.password = secret;
    }
    PrometheusConfig alertmanager = config;
    alertmanager.url = m_settings.alertmanagerUrl;
    m_alertmanager.setConfig(alertmanager);
    m_cluster.cancel();
    if (m_settings.throughCluster()) {
        // The context's credentials, not the Prometheus token or password of the settings.
        setStatus(Status::Starting, tr("Connecting to Prometheus through the cluster…"));
        m_cluster.resolve(m_settings, clusterProfiles(), KubeConfig::loadDefault(), [this](const PrometheusConfig &resolved, const QString &error) {
            if (!error.isEmpty()) {
                setStatus(Status::Unavailable, error);
                return;
            }
            m_prometheus.setConfig(resolved);
            setStatus(Status::Ready);
        });
        return;
    }
    if (m_settings.usesLocalPrometheus()) {
        setStatus(Status::Starting, tr("Starting the user-level Prometheus…"));
        m_local.ensureRunning();
        return;
    }
    config.url = m_settings.prometheusUrl;
    m_prometheus.setConfig(config);
    setStatus(Status::Ready);
}

QString MonitoringConnection::attachEngine(LocalBackend *engine)
{
    if (engine->metricsPort() == 0) {
        if (const QString error = engine->serveMetrics(0); !error.isEmpty())
            return error;
    }
    return m_target.publish(m_local.targetsDirectory(), engine->metricsPort());
}

void MonitoringConnection::setStatus(Status status, const QString &message)
{
    m_status = status;
    m_message = message;
    emit statusChanged(status);
}

} // namespace ps
