#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ps {

// Reads the error bodies the cluster APIs send (grpc-gateway {code,message}, Google RPC
// status, KFP upload {error_message}, Kubernetes Status, Argo stream errors) and says
// what the user should read: the server's own message, or what an unexpected answer was.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    // The server's own message in an error body; empty when it gave none.
    static QString serverMessage(const QByteArray &body);
    // A whole sentence for an HTTP error status from `where` (an address or a service name).
    static QString describe(int status, const QByteArray &body, const QString &where);
    // A Kubernetes Status object: the API server itself answered, not a service behind its proxy.
    static bool isKubernetesStatus(const QByteArray &body);
    // A body that should have been JSON and is not (an HTML login page, a proxy error).
    static QString notJson(const QByteArray &body, const QString &where);
};

} // namespace ps
