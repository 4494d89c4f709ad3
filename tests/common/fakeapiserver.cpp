#include "fakeapiserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>

namespace pstest {

FakeApiServer::FakeApiServer(QObject *parent) : QObject(parent)
{
    m_http.setFallback([this](TestHttpExchange *exchange) { dispatch(exchange); });
}

QList<TestHttpRequest> FakeApiServer::requestsTo(const QString &method, const QString &pattern) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    QList<TestHttpRequest> out;
    for (const TestHttpRequest &r : m_http.requests())
        if ((method.isEmpty() || r.method == method.toLatin1()) && re.match(r.path).hasMatch())
            out.append(r);
    return out;
}

void FakeApiServer::route(const QByteArray &method, const QString &pattern, Route handler)
{
    m_routes.append({{method, QRegularExpression(QRegularExpression::anchoredPattern(pattern))}, std::move(handler)});
}

void FakeApiServer::fail(TestHttpExchange *exchange, int status, const QString &message) const
{
    exchange->respond(status, errorBody(status, message));
}

void FakeApiServer::json(TestHttpExchange *exchange, const QJsonValue &value, int status)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    exchange->respond(status, body);
}

QJsonObject FakeApiServer::bodyOf(TestHttpExchange *exchange)
{
    return QJsonDocument::fromJson(exchange->request().body).object();
}

QString FakeApiServer::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool FakeApiServer::cutIfAsked(TestHttpExchange *exchange, const QByteArray &data)
{
    const auto it = m_toCut.find(exchange);
    if (it == m_toCut.end())
        return false;
    if (it.value()-- > 0)
        return false;
    m_toCut.erase(it);
    exchange->writeChunk(data.left(std::max<qsizetype>(1, data.size() / 2))); // half a line
    exchange->hangUp();
    return true;
}

bool FakeApiServer::applyFault(TestHttpExchange *exchange)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.pathContains.isEmpty() && !exchange->request().path.contains(f.pathContains))
            continue;
        const Fault fault = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        switch (fault.kind) {
        case Fault::Kind::Unauthorized:
            fail(exchange, 401, fault.message);
            return true;
        case Fault::Kind::Forbidden:
            fail(exchange, 403, fault.message);
            return true;
        case Fault::Kind::ServerError:
            fail(exchange, 500, fault.message);
            return true;
        case Fault::Kind::Hang:
            return true;
        case Fault::Kind::MalformedJson:
            exchange->respond(200, QByteArrayLiteral(R"({"items":[{"metadata":{"name":"x")"));
            return true;
        case Fault::Kind::Html:
            exchange->respond(200, QByteArrayLiteral("<!DOCTYPE html><html><body>Sign in</body></html>"), "text/html");
            return true;
        case Fault::Kind::Huge:
            exchange->respond(200, QByteArray(fault.bytes, ' '));
            return true;
        case Fault::Kind::CutStream:
            m_toCut.insert(exchange, fault.afterChunks);
            connect(exchange, &QObject::destroyed, this, [this, exchange] { m_toCut.remove(exchange); });
            return false; // the route answers and cuts where it writes
        }
    }
    return false;
}

void FakeApiServer::acceptClientCertificate(const QByteArray &certificatePem)
{
    m_clientCertificateDer = QSslCertificate(certificatePem, QSsl::Pem).toDer();
    m_http.askClientCertificates();
}

bool FakeApiServer::authenticated(const TestHttpExchange *exchange) const
{
    if (m_token.isEmpty() && m_clientCertificateDer.isEmpty())
        return true;
    if (!m_token.isEmpty() && exchange->request().header("authorization") == "Bearer " + m_token.toUtf8())
        return true;
    const auto *tls = qobject_cast<const QSslSocket *>(exchange->socket());
    return !m_clientCertificateDer.isEmpty() && tls && tls->peerCertificate().toDer() == m_clientCertificateDer;
}

void FakeApiServer::dispatch(TestHttpExchange *exchange)
{
    if (applyFault(exchange))
        return;
    if (!authenticated(exchange)) {
        fail(exchange, 401, QStringLiteral("token not valid"));
        return;
    }
    for (const auto &[key, handler] : std::as_const(m_routes)) {
        if (key.first != exchange->request().method)
            continue;
        const QRegularExpressionMatch match = key.second.match(exchange->request().path);
        if (match.hasMatch()) {
            handler(exchange, match);
            return;
        }
    }
    fail(exchange, 404, QStringLiteral("Not Found"));
}

} // namespace pstest
