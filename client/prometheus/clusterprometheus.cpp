#include "clusterprometheus.h"

#include "kubeauthenticator.h"
#include "kubeconfig.h"

#include <QTimer>

namespace ps {

QUrl ClusterPrometheus::proxyUrl(const QUrl &apiServer, const MonitoringSettings &settings)
{
    QUrl url = apiServer;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/namespaces/%1/services/%2:%3:%4/proxy/")
                           .arg(settings.serviceNamespace, settings.serviceScheme, settings.serviceName)
                           .arg(settings.servicePort));
    return url;
}

QString ClusterPrometheus::describe(const QString &profileName, const MonitoringSettings &settings)
{
    return tr("Through cluster connection: %1, service %2/%3:%4")
        .arg(profileName, settings.serviceNamespace, settings.serviceName)
        .arg(settings.servicePort);
}

void ClusterPrometheus::resolve(const MonitoringSettings &settings, const QList<ConnectionProfile> &profiles,
                                const KubeConfig &kubeconfig, Done done)
{
    const int generation = ++m_generation;
    const auto fail = [this, generation, done](const QString &why) {
        QTimer::singleShot(0, this, [this, generation, done, why] {
            if (generation == m_generation)
                done({}, why);
        });
    };
    const auto profile = std::find_if(profiles.cbegin(), profiles.cend(),
                                      [&](const ConnectionProfile &p) { return p.id == settings.clusterProfile; });
    if (profile == profiles.cend())
        return fail(tr("The cluster connection chosen for Prometheus no longer exists: choose another in the Prometheus settings."));
    if (profile->kind != ConnectionProfile::Kind::KubeContext)
        return fail(tr("The cluster connection '%1' is not a kubeconfig context: Prometheus is reached through a context's API server.")
                        .arg(profile->name));
    if (settings.serviceNamespace.isEmpty() || settings.serviceName.isEmpty() || settings.servicePort <= 0)
        return fail(tr("Name the Prometheus service (namespace, name and port) of cluster connection '%1'.").arg(profile->name));
    const BackendResult<KubeContext> context = kubeconfig.context(profile->context);
    if (!context.ok()) {
        QString why = context.error;
        if (!kubeconfig.errors().isEmpty())
            why += u' ' + kubeconfig.errors().join(u' ');
        return fail(tr("Prometheus through cluster connection '%1': %2").arg(profile->name, why));
    }
    const QUrl url = proxyUrl(context.value.server, settings);
    auto *authenticator = new KubeAuthenticator(context.value, this);
    const QString name = profile->name;
    authenticator->authorize(HttpRequest::get(url), this, [this, generation, done, url, name, authenticator](HttpRequest request,
                                                                                                             const QString &error) {
        if (generation != m_generation || !error.isEmpty()) {
            authenticator->deleteLater();
        } else {
            if (m_authenticator)
                m_authenticator->deleteLater();   // the configuration it served is replaced
            m_authenticator = authenticator;
        }
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            done({}, tr("Prometheus through cluster connection '%1': %2").arg(name, error));
            return;
        }
        PrometheusConfig config;
        config.url = url;
        config.tls = request.tls;
        config.kube = authenticator;
        const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
        if (authorization.startsWith("Bearer ")) {
            config.bearerToken = QString::fromUtf8(authorization.mid(7));
        } else if (authorization.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
            config.username = QString::fromUtf8(pair.left(pair.indexOf(':')));
            config.password = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
        }
        done(config, {});
    });
}

} // namespace ps
