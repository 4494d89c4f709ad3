#include "apiclient.h"

#include "apierror.h"
#include "httpclient.h"
#include "kubeauthenticator.h"

#include <QPromise>
#include <QTimer>

namespace ps {

ApiClient::ApiClient(HttpClient *http, const QUrl &base, QObject *parent)
    : QObject(parent), m_http(http), m_base(base), m_where(base.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
{
}

void ApiClient::setAuthenticator(KubeAuthenticator *auth)
{
    m_auth = auth;
}

HttpClient *ApiClient::http() const
{
    return m_http;
}

QString ApiClient::warning() const
{
    if (m_auth && !m_auth->context().warning.isEmpty())
        return m_auth->context().warning;
    if (m_tls.insecure)
        return tr("TLS verification is off for %1: anyone on the network path can read and change this connection.").arg(m_where);
    return {};
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    QString basePath = u.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    u.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path));
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

HttpRequest ApiClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query) const
{
    HttpRequest r;
    r.method = method;
    r.url = url(path, query);
    r.timeout = m_timeout;
    r.tls = m_tls;
    r.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return r;
}

void ApiClient::send(HttpRequest request, QObject *receiver, SendDone done)
{
    const auto go = [this, receiver, done](HttpRequest ready, const QString &error) {
        if (!error.isEmpty() || !m_http) {
            done(nullptr, error.isEmpty() ? tr("The connection to %1 was closed.").arg(m_where) : error);
            return;
        }
        HttpReply *reply = m_http->send(ready);
        reply->setParent(receiver);
        done(reply, {});
    };
    if (m_auth && m_http) {
        m_auth->send(m_http, request, receiver, done);
        return;
    }
    if (!m_token.isEmpty()) {
        const QString t = m_token.trimmed();
        request.setHeader(QByteArrayLiteral("Authorization"),
                          (t.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ? t : QStringLiteral("Bearer ") + t).toUtf8());
    }
    QTimer::singleShot(0, receiver, [go, request] { go(request, {}); });
}

QString ApiClient::describeError(int status, const QByteArray &body) const
{
    if (m_auth)
        if (const QString refused = m_auth->refusal(status, body); !refused.isEmpty())
            return refused;
    return ApiError::describe(status, body, m_where);
}

ApiResponse ApiClient::responseOf(HttpReply *reply, bool expectJson) const
{
    ApiResponse r;
    r.status = reply->status();
    const HttpError &error = reply->error();
    if (error.isError() && error.kind != HttpError::Kind::HttpStatus) {
        r.transport = error.kind;
        r.error = error.message.isEmpty() ? tr("%1 could not be reached.").arg(m_where) : error.message;
        return r;
    }
    r.body = reply->takeBody();
    if (r.status >= 400) {
        r.error = describeError(r.status, r.body);
        return r;
    }
    if (expectJson && !r.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            r.error = ApiError::notJson(r.body, m_where);
    }
    return r;
}

QFuture<ApiResponse> ApiClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                     const QByteArray &body, const QByteArray &contentType)
{
    auto promise = std::make_shared<QPromise<ApiResponse>>();
    promise->start();
    HttpRequest r = request(method, path, query);
    r.maxBodyBytes = kMaxAnswerBytes;
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        r.body = body;
        r.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    }
    send(r, this, [this, promise](HttpReply *reply, const QString &error) {
        if (!reply) {
            ApiResponse failed;
            failed.error = error;
            failed.transport = HttpError::Kind::Other;
            promise->addResult(failed);
            promise->finish();
            return;
        }
        connect(reply, &HttpReply::finished, this, [this, reply, promise] {
            reply->deleteLater();
            promise->addResult(responseOf(reply, true));
            promise->finish();
        });
    });
    return promise->future();
}

} // namespace ps
