#pragma once

#include "testhttpexchange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace pstest {

// A small HTTP/1.1 server on a free loopback port, for tests of clients that speak to
// servers which cannot run here. It records every request and answers through handlers,
// which the canned ones below make easy to misbehave: slow answers, streams cut in the
// middle of a line, broken JSON, huge bodies, error statuses with a JSON body.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(TestHttpExchange *exchange)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Serves HTTPS with this certificate and key (PEM) instead of HTTP; call before listen().
    void useTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    // With useTls: asks each client for a certificate (as an API server does; a client may
    // still come without one). The exchange's socket then has it as its peer certificate.
    void askClientCertificates();
    // Listens on 127.0.0.1 at a port the system picks.
    bool listen();
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = {}) const;

    // Answers `path` (exact, without the query) for `method` (empty: any method).
    void on(const QByteArray &method, const QString &path, Handler handler);
    // For paths no route matches; a 404 with a JSON body unless set.
    void setFallback(Handler handler);

    // Takes over `exchange` (not answered yet) as if `request` had come in on its connection:
    // recorded here and answered by this server's handlers, as a reverse proxy passes it on.
    void serveForwarded(TestHttpExchange *exchange, TestHttpRequest request);

    QList<TestHttpRequest> requests() const { return m_requests; }
    int requestCount(const QString &path) const;
    void clearRequests() { m_requests.clear(); }

    // A loopback port nothing listens on (bound and released at once): connection refused.
    static quint16 closedPort();

    // Canned handlers.
    static Handler reply(int status, const QByteArray &body,
                         const QByteArray &contentType = QByteArrayLiteral("application/json"));
    static Handler delayed(int milliseconds, Handler handler);
    // The n-th request goes to the n-th handler; the last one answers the rest.
    static Handler sequence(QList<Handler> handlers);
    // Chunked body, one chunk every `intervalMs`, the end after the last.
    static Handler streamed(QList<QByteArray> chunks, int intervalMs);
    // A chunked body that stops after `chunks` without its end: the server hangs up.
    static Handler cutStream(QList<QByteArray> chunks, int intervalMs);
    // `bytes` of body with an honest Content-Length.
    static Handler huge(qint64 bytes, const QByteArray &contentType = QByteArrayLiteral("text/plain"));

signals:
    void requestReceived(const pstest::TestHttpRequest &request);

private:
    struct Pending {
        QByteArray buffer;
    };
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void dispatch(TestHttpRequest request, QTcpSocket *socket);

    void watch(QTcpServer *server);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QList<QPair<QPair<QByteArray, QString>, Handler>> m_routes;
    Handler m_fallback;
    QHash<QTcpSocket *, Pending> m_pending;
    QList<TestHttpRequest> m_requests;
};

} // namespace pstest
