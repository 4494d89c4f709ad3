#include "kubeauthenticator.h"

#include "execcredentialprovider.h"

#include <QFile>
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

} // namespace ps
