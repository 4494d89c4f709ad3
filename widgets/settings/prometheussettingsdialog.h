#pragma once

#include "monitoringsettings.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ps {

class MonitoringConnection;

// Where Prometheus and Alertmanager are, and how to sign in to them (a bearer token or a
// user name and password). The secret goes to the keychain through the connection's
// CredentialStore, never to the settings file.
class PrometheusSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrometheusSettingsDialog(MonitoringConnection *connection, QWidget *parent = nullptr);

    MonitoringSettings settings() const;
    QString secret() const;

    void accept() override;

private:
    void updateFields();

    QPointer<MonitoringConnection> m_connection;
    QLineEdit *m_prometheusUrl = nullptr;
    QLineEdit *m_alertmanagerUrl = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ps
