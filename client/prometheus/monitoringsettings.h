#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace ps {

// Where the application's Prometheus and Alertmanager are, as the user set them. Only the
// non-secret part lives here (and in QSettings); a token or password is kept by
// CredentialStore under credentialKey().
struct MonitoringSettings {
    enum class Auth { None, Bearer, Basic };

    QUrl prometheusUrl;   // empty: the user-level Prometheus the application starts
    QUrl alertmanagerUrl; // empty: none
    Auth auth = Auth::None;
    QString username;     // Basic

    bool usesLocalPrometheus() const { return prometheusUrl.isEmpty(); }

    static MonitoringSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The CredentialStore key of the token (Bearer) or password (Basic).
    static QString credentialKey() { return QStringLiteral("prometheus-secret"); }

    bool operator==(const MonitoringSettings &) const = default;
};

} // namespace ps
