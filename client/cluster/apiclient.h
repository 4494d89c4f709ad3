#pragma once

#include "apiresponse.h"
#include "httprequest.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace ps {

class HttpClient;
class HttpReply;
class KubeAuthenticator;

// One cluster API at one address (Argo Server, KFP, a Kubernetes API server, or one of
// them behind the API server's service proxy) with its credentials: a bearer token given
// directly, or a kubeconfig context's. Calls never block; tokens never reach a log.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using SendDone = std::function<void(HttpReply *reply, const QString &error)>;
    // A JSON answer larger than this is refused instead of filling memory (a runaway list, a
    // proxy gone wrong); streams and artifact downloads have their own limits.
    static constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;

    ApiClient(HttpClient *http, const QUrl &base, QObject *parent = nullptr);

    QUrl base() const { return m_base; }
    // For messages: "Argo Server at https://host:2746".
    QString where() const { return m_where; }
    void setWhere(const QString &where) { m_where = where; }
    // A token given directly ("Bearer " is added unless it is there).
    void setBearerToken(const QString &token) { m_token = token; }
    void setTls(const TlsOptions &tls) { m_tls = tls; }
    // Credentials of a kubeconfig context (not owned; shared by the clients of the context).
    void setAuthenticator(KubeAuthenticator *auth);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // A warning the UI shows with the connection (TLS verification off); empty normally.
    QString warning() const;
    HttpClient *http() const;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {}) const;
    // Adds the credentials and sends; `done` gets the reply (the caller's to delete) or why
    // nothing was sent. `receiver` going away cancels the call. With a kubeconfig context,
    // an API server that refuses the credentials (401) makes them be fetched again and the
    // request sent once more; the reply `done` gets is the one that counts.
    void send(HttpRequest request, QObject *receiver, SendDone done);
    // A call whose answer is JSON (or nothing).
    QFuture<ApiResponse> call(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                              const QByteArray &body = {},
                              const QByteArray &contentType = QByteArrayLiteral("application/json"));
    QFuture<ApiResponse> get(const QString &path, const QUrlQuery &query = {}) { return call("GET", path, query); }
    // The response to a finished reply, as a value (used by call() and by streams).
    ApiResponse responseOf(HttpReply *reply, bool expectJson) const;
    // A whole sentence for an HTTP error status of this API; a cluster that refused the
    // context's credentials is named as such.
    QString describeError(int status, const QByteArray &body) const;

private:
    QPointer<HttpClient> m_http;
    QUrl m_base;
    QString m_where;
    QString m_token;
    TlsOptions m_tls;
    QPointer<KubeAuthenticator> m_auth;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace ps
