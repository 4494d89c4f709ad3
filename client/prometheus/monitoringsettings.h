#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace ps {

// Where the application's Prometheus and Alertmanager are, as the user set them. Only the
// non-secret part lives here (and in QSettings); a token or password is kept by
// CredentialStore under credentialKey(). Prometheus is the one the application starts, one
// at an address, or one in a cluster reached through a kubeconfig context's API server
// (the cluster connection profile's context and credentials; no port-forward).
struct MonitoringSettings {
    enum class Auth { None, Bearer, Basic };

    QUrl prometheusUrl;   // empty: the user-level Prometheus the application starts
    QUrl alertmanagerUrl; // empty: none
    Auth auth = Auth::None;
    QString username;     // Basic
    // Through a cluster connection (a kubeconfig-context profile's id): the service
    // serviceNamespace/serviceName:servicePort, spoken to over serviceScheme.
    QString clusterProfile;
    QString serviceNamespace = QStringLiteral("monitoring");
    QString serviceName = QStringLiteral("prometheus-k8s");
    int servicePort = 9090;
    QString serviceScheme = QStringLiteral("http");

    bool throughCluster() const { return !clusterProfile.isEmpty(); }
    bool usesLocalPrometheus() const { return prometheusUrl.isEmpty() && !throughCluster(); }

    static MonitoringSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The CredentialStore key of the token (Bearer) or password (Basic).
    static QString credentialKey() { return QStringLiteral("prometheus-secret"); }

    bool operator==(const MonitoringSettings &) const = default;
};

} // namespace ps
