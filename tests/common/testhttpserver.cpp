#include "testhttpserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace pstest {

namespace {

// Parses a complete request from the front of `buffer`, or nothing while it is incomplete.
std::optional<TestHttpRequest> parseRequest(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    TestHttpRequest request;
    const QByteArrayList lines = buffer.left(headEnd).split('\n');
    const QByteArrayList first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return std::nullopt;
    request.body = buffer.mid(headEnd + 4, contentLength);
    buffer.remove(0, headEnd + 4 + contentLength);
    const QUrl url(QString::fromUtf8(request.target));
    request.path = url.path();
    request.query = QUrlQuery(url);
    return request;
}

} // namespace

TestHttpServer::TestHttpServer(QObject *parent) : QObject(parent)
{
    watch(new QTcpServer(this));
    m_fallback = reply(404, QByteArrayLiteral(R"({"error":"not found"})"));
}

void TestHttpServer::watch(QTcpServer *server)
{
    delete m_server;
    m_server = server;
    // Plain and TLS servers alike: a connection is ready when it is pending (for TLS, after
    // the handshake; a client that refuses the certificate never gets here).
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestHttpServer::onConnection);
}

void TestHttpServer::useTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    watch(server);
    m_tls = true;
}

void TestHttpServer::askClientCertificates()
{
    if (auto *server = qobject_cast<QSslServer *>(m_server)) {
        QSslConfiguration config = server->sslConfiguration();
        config.setPeerVerifyMode(QSslSocket::QueryPeer);
        server->setSslConfiguration(config);
    }
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()).arg(pathAndQuery));
}

void TestHttpServer::on(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append({{method, path}, std::move(handler)});
}

void TestHttpServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

int TestHttpServer::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const TestHttpRequest &r) { return r.path == path; }));
}

quint16 TestHttpServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadable(QTcpSocket *socket)
{
    const auto it = m_pending.find(socket);
    if (it == m_pending.end()) {
        socket->readAll(); // already answered; ignore the rest
        return;
    }
    it->buffer.append(socket->readAll());
    if (auto request = parseRequest(it->buffer)) {
        m_pending.erase(it);
        dispatch(std::move(*request), socket);
    }
}

void TestHttpServer::dispatch(TestHttpRequest request, QTcpSocket *socket)
{
    m_requests.append(request);
    emit requestReceived(request);
    Handler handler = m_fallback;
    for (const auto &[route, routeHandler] : std::as_const(m_routes)) {
        if ((route.first.isEmpty() || route.first == request.method) && route.second == request.path) {
            handler = routeHandler;
            break;
        }
    }
    auto *exchange = new TestHttpExchange(std::move(request), socket, socket);
    handler(exchange);
}

void TestHttpServer::serveForwarded(TestHttpExchange *exchange, TestHttpRequest request)
{
    QTcpSocket *socket = exchange->socket();
    exchange->deleteLater();
    if (socket)
        dispatch(std::move(request), socket);
}

TestHttpServer::Handler TestHttpServer::reply(int status, const QByteArray &body, const QByteArray &contentType)
{
    return [=](TestHttpExchange *exchange) { exchange->respond(status, body, contentType); };
}

TestHttpServer::Handler TestHttpServer::delayed(int milliseconds, Handler handler)
{
    return [=](TestHttpExchange *exchange) {
        QTimer::singleShot(milliseconds, exchange, [=] { handler(exchange); });
    };
}

TestHttpServer::Handler TestHttpServer::sequence(QList<Handler> handlers)
{
    auto count = std::make_shared<int>(0);
    return [=](TestHttpExchange *exchange) {
        const int index = std::min(int(handlers.size()) - 1, (*count)++);
        handlers.at(index)(exchange);
    };
}

namespace {

void writeChunksFrom(TestHttpExchange *exchange, QList<QByteArray> chunks, int index, int intervalMs, bool end)
{
    if (index >= chunks.size()) {
        if (end)
            exchange->endChunked();
        else
            exchange->hangUp();
        return;
    }
    exchange->writeChunk(chunks.at(index));
    QTimer::singleShot(intervalMs, exchange,
                       [=] { writeChunksFrom(exchange, chunks, index + 1, intervalMs, end); });
}

} // namespace

TestHttpServer::Handler TestHttpServer::streamed(QList<QByteArray> chunks, int intervalMs)
{
    return [=](TestHttpExchange *exchange) {
        exchange->beginChunked(200);
        writeChunksFrom(exchange, chunks, 0, intervalMs, true);
    };
}

TestHttpServer::Handler TestHttpServer::cutStream(QList<QByteArray> chunks, int intervalMs)
{
    return [=](TestHttpExchange *exchange) {
        exchange->beginChunked(200);
        writeChunksFrom(exchange, chunks, 0, intervalMs, false);
    };
}

TestHttpServer::Handler TestHttpServer::huge(qint64 bytes, const QByteArray &contentType)
{
    return [=](TestHttpExchange *exchange) {
        exchange->respond(200, QByteArray(bytes, 'x'), contentType);
    };
}

} // namespace pstest
