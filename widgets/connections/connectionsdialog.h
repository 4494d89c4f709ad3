#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ps {

class ConnectionProfileStore;
class CredentialStore;
class HttpClient;
class ClusterConnection;

// Lists the cluster connections, edits one (Argo URL, KFP URL or kubeconfig context, the
// namespace, the token, which goes to the keychain only) and tests it: the servers' versions
// and identity, or why not, with a visible warning when TLS verification is off.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ConnectionProfileStore *profiles, CredentialStore *credentials, HttpClient *http, QWidget *parent = nullptr);

    // The result line of the last test (for people; tests read it too).
    QString testResultText() const;
    QString warningText() const;

public slots:
    void addProfile();
    void removeProfile();
    void saveProfile();
    void testProfile();

private:
    void reloadList();
    void showProfile(int row);
    ConnectionProfile profileFromForm() const;
    void updateKindFields();
    void runTest(const ConnectionProfile &profile, const QString &token);

    ConnectionProfileStore *m_profiles;
    CredentialStore *m_credentials;
    HttpClient *m_http;
    QString m_currentId;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QComboBox *m_context;
    QComboBox *m_engine;
    QLineEdit *m_namespace;
    QLineEdit *m_token;
    QCheckBox *m_insecure;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_warning;
    QPointer<ClusterConnection> m_testing;
};

} // namespace ps
