#include "fakekubeserver.h"

#include <QJsonDocument>

namespace pstest {

FakeKubeServer::FakeKubeServer(QObject *parent) : FakeApiServer(parent)
{
    route("GET", QStringLiteral("/version"), [](TestHttpExchange *ex, const QRegularExpressionMatch &) {
        json(ex, QJsonObject{{QStringLiteral("major"), QStringLiteral("1")}, {QStringLiteral("minor"), QStringLiteral("30")},
                             {QStringLiteral("gitVersion"), QStringLiteral("v1.30.2")},
                             {QStringLiteral("platform"), QStringLiteral("linux/amd64")}});
    });
    route("GET", QStringLiteral("/api/v1/namespaces/([^/]+)/pods/([^/]+)/log"),
          [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
              const QString pod = m.captured(2);
              const QUrlQuery &q = ex->request().query;
              if (m_waiting.value(pod) > 0) {
                  --m_waiting[pod];
                  fail(ex, 400, QStringLiteral("container \"%1\" in pod \"%2\" is waiting to start: ContainerCreating")
                                    .arg(q.queryItemValue(QStringLiteral("container")), pod));
                  return;
              }
              const QString since = q.queryItemValue(QStringLiteral("sinceTime"), QUrl::FullyDecoded);
              const qint64 sinceSecond = since.isEmpty() ? 0 : QDateTime::fromString(since, Qt::ISODate).toSecsSinceEpoch();
              m_logs.serve(this, ex, pod, sinceSecond, q.queryItemValue(QStringLiteral("follow")) == QLatin1String("true"),
                           q.queryItemValue(QStringLiteral("timestamps")) == QLatin1String("true"), "text/plain",
                           [](const QString &, const QByteArray &line) { return QByteArray(line + '\n'); });
          });
}

void FakeKubeServer::addService(const QString &namespaceName, const QString &service, ServiceHandler handler)
{
    const QString pattern = QStringLiteral("/api/v1/namespaces/%1/services/%2/proxy(/.*)?")
                                .arg(QRegularExpression::escape(namespaceName), QRegularExpression::escape(service));
    route("GET", pattern, [handler](TestHttpExchange *ex, const QRegularExpressionMatch &m) {
        handler(ex, m.captured(1).isEmpty() ? QStringLiteral("/") : m.captured(1));
    });
}

QByteArray FakeKubeServer::errorBody(int status, const QString &message) const
{
    static const QHash<int, QString> reasons{{400, QStringLiteral("BadRequest")}, {401, QStringLiteral("Unauthorized")},
                                             {403, QStringLiteral("Forbidden")}, {404, QStringLiteral("NotFound")},
                                             {500, QStringLiteral("InternalError")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")}, {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("metadata"), QJsonObject{}}, {QStringLiteral("status"), QStringLiteral("Failure")},
                                     {QStringLiteral("message"), message}, {QStringLiteral("reason"), reasons.value(status)},
                                     {QStringLiteral("code"), status}})
        .toJson(QJsonDocument::Compact);
}

} // namespace pstest
