#include "kubeauthenticator.h"

#include "apierror.h"
#include "execcredentialprovider.h"
#include "httpclient.h"
#include "httpreply.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace ps {

namespace {
constexpr qint64 kMaxTokenBytes = 64 * 1024;
}

KubeAuthenticator::KubeAuthenticator(KubeContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
    if (m_context.exec)
        m_exec = new ExecCredentialProvider(*m_context.exec, this);
}

bool KubeAuthenticator::renew(const HttpRequest &refused)
{
    if (m_exec) {
        const QByteArray authorization = refused.header(QByteArrayLiteral("Authorization"));
        m_exec->invalidate(authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString());
    }
    return m_exec || !m_context.tokenFile.isEmpty();
}

void KubeAuthenticator::authorize(HttpRequest request, QObject *receiver, Done done)
{
    request.tls = m_context.tls;
    if (!m_context.proxyUrl.isEmpty())
        request.proxy = m_context.proxyUrl.toUtf8();
    const auto bearer = [](HttpRequest &r, const QString &token) {
        r.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.trimmed().toUtf8());
    };
    if (m_exec) {
        m_exec->credential(receiver, [request, done, bearer](const ExecCredential &c, const QString &error) mutable {
            if (!error.isEmpty()) {
                done(request, error);
                return;
            }
            if (!c.token.isEmpty())
                bearer(request, c.token);
            if (!c.clientCertPem.isEmpty()) {
                request.tls.clientCertPem = c.clientCertPem;
                request.tls.clientKeyPem = c.clientKeyPem;
            }
            done(request, {});
        });
        return;
    }
    QString error;
    if (!m_context.tokenFile.isEmpty()) {
        QFile file(m_context.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            error = tr("The token file '%1' of context '%2' cannot be read: %3.").arg(m_context.tokenFile, m_context.name, file.errorString());
        else
            bearer(request, QString::fromUtf8(file.read(kMaxTokenBytes)));
    } else if (!m_context.token.isEmpty()) {
        bearer(request, m_context.token);
    } else if (!m_context.username.isEmpty()) {
        const QByteArray pair = (m_context.username + u':' + m_context.password).toUtf8();
        request.setHeader(QByteArrayLiteral("Authorization"), "Basic " + pair.toBase64());
    }
    QTimer::singleShot(0, receiver, [done, request, error] { done(request, error); });
}

void KubeAuthenticator::send(HttpClient *http, const HttpRequest &request, QObject *receiver, SendDone done)
{
    sendOnce(http, request, receiver, done, false);
}

void KubeAuthenticator::sendOnce(HttpClient *http, const HttpRequest &request, QObject *receiver, const SendDone &done, bool renewed)
{
    const QPointer<HttpClient> client = http;
    const QPointer<KubeAuthenticator> self = this;
    authorize(request, receiver, [self, client, request, receiver, done, renewed](const HttpRequest &ready, const QString &error) {
        if (!error.isEmpty() || !client || !self) {
            done(nullptr, !error.isEmpty() ? error : tr("The connection to the cluster was closed."));
            return;
        }
        HttpReply *reply = client->send(ready);
        reply->setParent(receiver);
        if (renewed) {
            done(reply, {});
            return;
        }
        auto *pending = new QObject(reply);   // the hold; gone once the reply is handed over
        connect(reply, &HttpReply::headersReceived, pending, [pending, reply, done] {
            delete pending;
            done(reply, {});
        });
        connect(reply, &HttpReply::finished, pending, [self, client, pending, reply, request, receiver, done] {
            delete pending;
            if (self && client && !self->refusal(reply->status(), reply->body()).isEmpty() && self->renew(reply->request())) {
                reply->deleteLater();
                self->sendOnce(client, request, receiver, done, true);
                return;
            }
            // `done` may delete the reply, or the receiver that owns it.
            const QPointer<HttpReply> handedOver = reply;
            done(reply, {});
            // The caller connects to finished() in `done`, after it was emitted: once more for it.
            if (handedOver)
                QMetaObject::invokeMethod(handedOver.data(), &HttpReply::finished, Qt::QueuedConnection);
        });
    });
}

QString KubeAuthenticator::refusal(int status, const QByteArray &body) const
{
    if (status != 401 || !ApiError::isKubernetesStatus(body))
        return {};
    return tr("The cluster refused the credentials of context '%1' (HTTP 401): %2. Sign in to the cluster again, or check "
              "the context's token, token file, client certificate or credential plugin.")
        .arg(m_context.name, ApiError::serverMessage(body));
}

} // namespace ps
