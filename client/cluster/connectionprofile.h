#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ps {

// Where a cluster backend lives, as kept in the settings: an Argo Server URL, a KFP URL, or
// a kubeconfig context (then Argo or KFP are reached through the API server's service
// proxy). Never holds a secret: the token is in the CredentialStore under credentialKey().
struct ConnectionProfile {
    enum class Kind { ArgoUrl, KfpUrl, KubeContext };
    enum class Engine { None, Argo, Kfp };   // what a kubeconfig context runs

    QString id;                  // stable, generated once
    QString name;                // what people call it
    Kind kind = Kind::ArgoUrl;
    QUrl url;                    // ArgoUrl, KfpUrl
    QString caFile;              // extra trust for the URL kinds
    bool insecure = false;       // URL kinds: skip TLS verification (the UI warns)
    QString context;             // KubeContext: the kubeconfig context ("": current)
    QString namespaceName;       // where runs go ("": the context's, or argo / kubeflow)
    Engine engine = Engine::Argo;
    QString serviceNamespace;    // where the engine's service runs ("": argo / kubeflow)
    QString serviceName;         // "": argo-server / ml-pipeline
    int servicePort = 0;         // 0: 2746 / 8888
    bool serviceHttps = true;    // Argo Server serves https by default; KFP http

    QString credentialKey() const { return QStringLiteral("cluster/") + id; }
    bool isArgo() const { return kind == Kind::ArgoUrl || (kind == Kind::KubeContext && engine == Engine::Argo); }
    bool isKfp() const { return kind == Kind::KfpUrl || (kind == Kind::KubeContext && engine == Engine::Kfp); }
    // The defaults filled in: namespace, service name and port for the engine.
    QString effectiveNamespace() const;
    QString effectiveServiceNamespace() const;
    QString effectiveServiceName() const;
    int effectiveServicePort() const;

    // A sentence saying what is missing, or "" when the profile can be used.
    QString problem() const;

    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &json);
    static ConnectionProfile create(Kind kind);
    bool operator==(const ConnectionProfile &) const = default;
};

} // namespace ps
