#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

namespace ps {

class ClusterConnection;

// What "Test connection" found: the server's version and who we are there, or the exact
// reason it failed; plus the TLS warning when verification is off.
struct ConnectionTestResult {
    bool ok = false;
    QStringList findings;   // one line per server asked: "Argo Server v3.5.8", "signed in as …"
    QString error;          // the first failure, as a sentence
    QString warning;
};

// Asks each server of a connection who it is: Argo /api/v1/version and /api/v1/userinfo,
// KFP /apis/v2beta1/healthz, Kubernetes /version (first, for a kubeconfig context).
class ConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)
public:
    static QFuture<ConnectionTestResult> test(ClusterConnection *connection);
};

} // namespace ps
