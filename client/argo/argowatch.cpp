#include "argowatch.h"

#include "apiclient.h"
#include "apierror.h"
#include "httpreply.h"

#include <QJsonDocument>

namespace ps {

ArgoWatch::ArgoWatch(ApiClient *api, QString namespaceName, QString labelSelector, QObject *parent)
    : QObject(parent), m_api(api), m_namespace(std::move(namespaceName)), m_selector(std::move(labelSelector))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ArgoWatch::connectNow);
}

ArgoWatch::~ArgoWatch()
{
    delete m_reply;
}

void ArgoWatch::start(const QString &resourceVersion)
{
    m_resourceVersion = resourceVersion;
    m_failures = 0;
    m_retry.start(0);
}

void ArgoWatch::stop()
{
    m_retry.stop();
    delete m_reply;
}

void ArgoWatch::connectNow()
{
    if (!m_api)
        return;
    ++m_connections;
    m_progress = false;
    m_lines = LineSplitter();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("listOptions.labelSelector"), m_selector);
    if (!m_resourceVersion.isEmpty())
        query.addQueryItem(QStringLiteral("listOptions.resourceVersion"), m_resourceVersion);
    HttpRequest request = m_api->request("GET", QStringLiteral("/api/v1/workflow-events/%1").arg(m_namespace), query);
    request.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    request.streamed = true;
    request.timeout = std::chrono::milliseconds(0);
    m_api->send(request, this, [this](HttpReply *reply, const QString &error) {
        if (!reply) {
            emit failed(error);
            return;
        }
        m_reply = reply;
        connect(reply, &HttpReply::headersReceived, this, [this](int status) {
            if (status / 100 == 2)
                emit connected();
        });
        connect(reply, &HttpReply::dataReceived, this, &ArgoWatch::onData);
        connect(reply, &HttpReply::finished, this, &ArgoWatch::onFinished);
    });
}

void ArgoWatch::onData(const QByteArray &chunk)
{
    QList<qsizetype> cut;
    const QByteArrayList lines = m_lines.feed(chunk, &cut);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!cut.contains(i)) // an event past the bound would not parse; it is skipped
            line(lines[i]);
}

void ArgoWatch::line(const QByteArray &text)
{
    if (!text.startsWith("data:"))
        return; // blank separators, comments, event names
    const QJsonObject root = QJsonDocument::fromJson(text.mid(5).trimmed()).object();
    const QJsonValue result = root.value(QStringLiteral("result"));
    if (!result.isObject()) {
        if (root.value(QStringLiteral("error")).isObject())
            emit reconnecting(ApiError::serverMessage(text.mid(5)));
        return;
    }
    const QString type = result.toObject().value(QStringLiteral("type")).toString();
    const QJsonObject object = result.toObject().value(QStringLiteral("object")).toObject();
    const QString rv = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
    if (!rv.isEmpty())
        m_resourceVersion = rv;
    m_progress = true;
    emit eventReceived(type, object);
}

void ArgoWatch::onFinished()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpError &error = reply->error();
    if (error.kind == HttpError::Kind::Cancelled)
        return;
    if (m_progress)
        m_failures = 0;
    QString why = error.message;
    if (error.kind == HttpError::Kind::HttpStatus) {
        why = m_api ? m_api->describeError(reply->status(), reply->body()) : ApiError::describe(reply->status(), reply->body(), {});
        if (reply->status() == 401 || reply->status() == 403 || reply->status() == 404) {
            emit failed(why);
            return;
        }
    } else if (!error.isError()) {
        why = tr("the server closed the watch");
    }
    if (++m_failures > m_maxFailures) {
        emit failed(tr("Following the workflows failed %1 times in a row: %2").arg(m_maxFailures).arg(why));
        return;
    }
    emit reconnecting(why);
    m_retry.start(m_failures == 1 && !error.isError() ? 0 : m_delayMs * std::min(m_failures, 5));
}

} // namespace ps
