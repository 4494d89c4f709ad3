#pragma once

#include "backendresult.h"
#include "connectionprofile.h"

#include <QObject>

namespace ps {

class ApiClient;
class HttpClient;
class KubeClient;
class KubeConfig;

// The clients of one connection profile, ready to use: the engine's API (Argo Server or
// KFP, directly or through the API server's service proxy) and, for a kubeconfig
// context, the Kubernetes API (pod logs, /version). The token comes from the caller (read
// from the CredentialStore), never from the profile.
class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    static BackendResult<ClusterConnection *> open(HttpClient *http, const ConnectionProfile &profile, const QString &token,
                                                   const KubeConfig &kubeconfig, QObject *parent = nullptr);

    const ConnectionProfile &profile() const { return m_profile; }
    ApiClient *engineApi() const { return m_engine; }   // null when the profile names no engine
    KubeClient *kube() const { return m_kube; }          // null for the URL kinds
    // Where runs go: the profile's namespace, else the context's, else argo / kubeflow.
    QString namespaceName() const { return m_namespace; }
    // TLS verification off somewhere on the way: the UI shows it with the connection.
    QString warning() const;

private:
    explicit ClusterConnection(const ConnectionProfile &profile, QObject *parent) : QObject(parent), m_profile(profile) {}

    ConnectionProfile m_profile;
    ApiClient *m_engine = nullptr;
    KubeClient *m_kube = nullptr;
    QString m_namespace;
};

} // namespace ps
