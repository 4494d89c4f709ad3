#pragma once

#include "monitoringsettings.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ps {

class MonitoringConnection;

// Where Prometheus and Alertmanager are, and how to sign in to them (a bearer token or a
// user name and password). The secret goes to the keychain through the connection's
// CredentialStore, never to the settings file. Prometheus may also be a service in a
// cluster, reached through a kubeconfig-context connection's API server proxy with that
// context's credentials.
class PrometheusSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrometheusSettingsDialog(MonitoringConnection *connection, QWidget *parent = nullptr);

    MonitoringSettings settings() const;
    // The token or password typed; none through a cluster connection (the stored one stays).
    std::optional<QString> secret() const;

    void accept() override;

private:
    void updateFields();

    QPointer<MonitoringConnection> m_connection;
    QFormLayout *m_form = nullptr;
    QComboBox *m_source = nullptr;          // "" (an address) or a cluster connection id
    QLineEdit *m_serviceNamespace = nullptr;
    QLineEdit *m_serviceName = nullptr;
    QSpinBox *m_servicePort = nullptr;
    QComboBox *m_serviceScheme = nullptr;
    QLabel *m_clusterSummary = nullptr;
    QLineEdit *m_prometheusUrl = nullptr;
    QLineEdit *m_alertmanagerUrl = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ps
