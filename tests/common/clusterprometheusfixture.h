#pragma once

#include "connectionprofilestore.h"
#include "fakekubeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace pstest {

// An in-cluster Prometheus as the API server's service proxy serves it: a fake Kubernetes
// API server (token required) whose service monitoring/http:prometheus-k8s:9090 answers
// Prometheus' /api/v1/query, a kubeconfig naming it (KUBECONFIG points at it while the
// fixture lives), and a kubeconfig-context connection profile "team" in the settings.
class ClusterPrometheusFixture
{
public:
    static constexpr const char *kProxyPath = "/api/v1/namespaces/monitoring/services/http:prometheus-k8s:9090/proxy/";

    ClusterPrometheusFixture() : m_savedKubeconfig(qgetenv("KUBECONFIG"))
    {
        kube.requireToken(QStringLiteral("kube-token"));
        kube.addService(QStringLiteral("monitoring"), QStringLiteral("http:prometheus-k8s:9090"), [](TestHttpExchange *ex, const QString &path) {
            if (path != QLatin1String("/api/v1/query"))
                return ex->respond(404, "404 page not found\n", "text/plain");
            const QJsonObject sample{{QStringLiteral("metric"), QJsonObject{{QStringLiteral("__name__"), QStringLiteral("up")},
                                                                            {QStringLiteral("job"), QStringLiteral("kubelet")}}},
                                     {QStringLiteral("value"), QJsonArray{1714557600.0, QStringLiteral("1")}}};
            FakeApiServer::json(ex, QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("resultType"), QStringLiteral("vector")},
                                                                                     {QStringLiteral("result"), QJsonArray{sample}}}}});
        });
        listening = kube.listen();
        QFile file(m_dir.filePath(QStringLiteral("config")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QStringLiteral("apiVersion: v1\nkind: Config\n"
                                      "clusters: [{name: lab, cluster: {server: \"%1\"}}]\n"
                                      "users: [{name: ci, user: {token: kube-token}}]\n"
                                      "contexts: [{name: lab-ci, context: {cluster: lab, user: ci, namespace: ml}}]\n"
                                      "current-context: lab-ci\n")
                           .arg(kube.url().toString())
                           .toUtf8());
        file.close();
        qputenv("KUBECONFIG", file.fileName().toUtf8());
        profile = ps::ConnectionProfile::create(ps::ConnectionProfile::Kind::KubeContext);
        profile.name = QStringLiteral("team");
        profile.context = QStringLiteral("lab-ci");
        profile.engine = ps::ConnectionProfile::Engine::None;
        ps::ConnectionProfileStore().put(profile);
    }
    ~ClusterPrometheusFixture()
    {
        ps::ConnectionProfileStore().remove(profile.id);
        if (m_savedKubeconfig.isEmpty())
            qunsetenv("KUBECONFIG");
        else
            qputenv("KUBECONFIG", m_savedKubeconfig);
    }
    QUrl proxyUrl() const { return kube.url(QString::fromLatin1(kProxyPath)); }
    // The query requests that reached Prometheus through the proxy.
    QList<TestHttpRequest> queries() const
    {
        return kube.requestsTo(QStringLiteral("GET"), QRegularExpression::escape(QString::fromLatin1(kProxyPath)) + QStringLiteral("api/v1/query"));
    }

    FakeKubeServer kube;
    ps::ConnectionProfile profile;
    bool listening = false;

private:
    QTemporaryDir m_dir;
    QByteArray m_savedKubeconfig;
};

} // namespace pstest
