#pragma once

#include "backendresult.h"
#include "runbackend.h"
#include "connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ps {

class ClusterConnection;
class ConnectionProfileStore;
class CredentialStore;
class HttpClient;

// Turns the saved connection profiles into live run backends (Argo or Kubeflow), each with
// its token read from the keychain, and again whenever the profiles change. The runs table
// and the Run dialog list every backend announced here.
class ClusterBackends : public QObject
{
    Q_OBJECT
public:
    ClusterBackends(ConnectionProfileStore *profiles, CredentialStore *credentials, HttpClient *http, QObject *parent = nullptr);
    ~ClusterBackends() override;

    // Opens a backend for every profile (asynchronously: tokens come from the keychain).
    void start();
    QList<RunBackend *> backends() const;

signals:
    void backendAdded(ps::RunBackend *backend);
    // A profile that could not be opened, for the status bar.
    void problem(const QString &message);

private:
    void rebuild();
    void open(const ConnectionProfile &profile, const QString &token);

    ConnectionProfileStore *m_profiles;
    CredentialStore *m_credentials;
    HttpClient *m_http;
    QHash<QString, QPointer<ClusterConnection>> m_connections;   // profile id → its clients
    QHash<QString, QPointer<RunBackend>> m_backends;             // profile id → its backend
    int m_generation = 0;
};

} // namespace ps
