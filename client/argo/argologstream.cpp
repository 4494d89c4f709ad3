#include "argologstream.h"

#include "apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ps {

ArgoLogStream::ArgoLogStream(ApiClient *api, QString namespaceName, QString workflow, QString pod, QObject *parent)
    : ResumingLogStream(api, parent), m_namespace(std::move(namespaceName)), m_workflow(std::move(workflow)), m_pod(std::move(pod))
{
}

HttpRequest ArgoLogStream::requestFrom(const QDateTime &since) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("podName"), m_pod);
    query.addQueryItem(QStringLiteral("logOptions.container"), QStringLiteral("main"));
    query.addQueryItem(QStringLiteral("logOptions.follow"), follows() ? QStringLiteral("true") : QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("logOptions.timestamps"), QStringLiteral("true"));
    if (since.isValid())
        query.addQueryItem(QStringLiteral("logOptions.sinceTime.seconds"), QString::number(since.toSecsSinceEpoch()));
    HttpRequest r = api()->request("GET", QStringLiteral("/api/v1/workflows/%1/%2/log").arg(m_namespace, m_workflow), query);
    r.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    return r;
}

QByteArrayList ArgoLogStream::linesOf(const QByteArrayList &bodyLines)
{
    QByteArrayList out;
    for (const QByteArray &line : bodyLines) {
        if (!line.startsWith("data:"))
            continue;
        const QJsonObject result = QJsonDocument::fromJson(line.mid(5).trimmed()).object().value(QStringLiteral("result")).toObject();
        if (result.contains(QStringLiteral("content")))
            out.append(result.value(QStringLiteral("content")).toString().toUtf8());
    }
    return out;
}

} // namespace ps
