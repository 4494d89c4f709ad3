#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ps {

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

} // namespace

QString ApiError::serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char *key : {"message", "error_message"}) {
        const QString text = o.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject()) // an error inside a stream (grpc-gateway StreamError)
        return error.toObject().value(QStringLiteral("message")).toString();
    return {};
}

QString ApiError::describe(int status, const QByteArray &body, const QString &where)
{
    QString message = serverMessage(body);
    if (message.isEmpty() && looksLikeHtml(body))
        message = tr("it answered with a web page instead of the API; check that the address is the API's, not a login page or a proxy's");
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    switch (status) {
    case 401:
        return tr("%1 refused the credentials (HTTP 401): %2. Check the token or sign in again.").arg(where, message);
    case 403:
        return tr("%1 does not allow this (HTTP 403): %2. Ask for the permission, or use another account or namespace.").arg(where, message);
    case 404:
        return tr("%1 does not know this (HTTP 404): %2").arg(where, message);
    default:
        break;
    }
    if (status >= 500)
        return tr("%1 failed (HTTP %2): %3. Try again later; if it persists, check the server's logs.").arg(where).arg(status).arg(message);
    return tr("%1 answered HTTP %2: %3").arg(where).arg(status).arg(message);
}

bool ApiError::isKubernetesStatus(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("kind")).toString() == QLatin1String("Status");
}

QString ApiError::notJson(const QByteArray &body, const QString &where)
{
    if (looksLikeHtml(body))
        return tr("%1 answered with a web page instead of the API; check that the address is the API's, not a login page or a proxy's.").arg(where);
    return tr("%1 answered with something that is not valid JSON; check that the address is the API's.").arg(where);
}

} // namespace ps
