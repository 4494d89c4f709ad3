#include "podlogstream.h"

#include "apiclient.h"

namespace ps {

PodLogStream::PodLogStream(ApiClient *api, QString namespaceName, QString pod, QString container, QObject *parent)
    : ResumingLogStream(api, parent), m_namespace(std::move(namespaceName)), m_pod(std::move(pod)), m_container(std::move(container))
{
}

QString PodLogStream::logPath(const QString &namespaceName, const QString &pod)
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(namespaceName, pod);
}

HttpRequest PodLogStream::requestFrom(const QDateTime &since) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("container"), m_container);
    query.addQueryItem(QStringLiteral("follow"), follows() ? QStringLiteral("true") : QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (since.isValid())
        query.addQueryItem(QStringLiteral("sinceTime"), since.toUTC().toString(Qt::ISODate));
    HttpRequest r = api()->request("GET", logPath(m_namespace, m_pod), query);
    r.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain"));
    return r;
}

} // namespace ps
