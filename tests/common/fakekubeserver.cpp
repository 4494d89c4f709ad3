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
    const QString proxyPath = QStringLiteral("/api/v1/namespaces/([^/]+)/services/([^/]+)/proxy(/.*)?");
    for (const QByteArray method : {"GET", "POST", "PUT", "DELETE", "PATCH"})
        route(method, proxyPath, [this](TestHttpExchange *ex, const QRegularExpressionMatch &m) { proxy(ex, m); });
}

void FakeKubeServer::addService(const QString &namespaceName, const QString &service, ServiceHandler handler)
{
    m_services.insert(serviceKey(namespaceName, service), std::move(handler));
}

void FakeKubeServer::forwardService(const QString &namespaceName, const QString &service, FakeApiServer *target)
{
    addService(namespaceName, service, [target](TestHttpExchange *ex, const QString &path) {
        TestHttpRequest request = ex->request();
        const qsizetype q = request.target.indexOf('?');
        request.target = QUrl::toPercentEncoding(path, "/:@!$&'()*+,;=-._~") + (q < 0 ? QByteArray() : request.target.mid(q));
        request.path = path;
        // The API server authenticated the caller; the service never sees its credentials.
        request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
        target->http().serveForwarded(ex, std::move(request));
    });
}

QString FakeKubeServer::serviceKey(const QString &namespaceName, const QString &service)
{
    // [scheme:]name[:port] as the Kubernetes proxy URL grammar has it
    QStringList parts = service.split(u':');
    QString scheme = QStringLiteral("http");
    if (parts.size() == 3 || (parts.size() == 2 && (parts.first() == u"http" || parts.first() == u"https")))
        scheme = parts.takeFirst();
    return QStringList{namespaceName, scheme, parts.value(0), parts.value(1)}.join(u'|');
}

void FakeKubeServer::proxy(TestHttpExchange *exchange, const QRegularExpressionMatch &match)
{
    const auto service = m_services.constFind(serviceKey(match.captured(1), match.captured(2)));
    if (service == m_services.cend()) {
        QStringList parts = match.captured(2).split(u':');
        if (parts.size() > 1 && (parts.first() == u"http" || parts.first() == u"https"))
            parts.removeFirst();
        fail(exchange, 404, QStringLiteral("services \"%1\" not found").arg(parts.first()));   // as the API server says it
        return;
    }
    (*service)(exchange, match.captured(3).isEmpty() ? QStringLiteral("/") : match.captured(3));
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
