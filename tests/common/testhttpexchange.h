#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

class QTcpSocket;

namespace pstest {

// What a client sent to the TestHttpServer, kept for the test to assert on.
struct TestHttpRequest {
    QByteArray method;
    QByteArray target;   // path and query as sent
    QString path;        // decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// One request on one connection, waiting for the test's answer. Handlers answer now or
// later (timers), in one piece or streamed, or misbehave on purpose. The connection is
// closed after the answer (no keep-alive), so each request is a connection of its own.
class TestHttpExchange : public QObject
{
    Q_OBJECT

public:
    TestHttpExchange(TestHttpRequest request, QTcpSocket *socket, QObject *parent);

    const TestHttpRequest &request() const { return m_request; }
    bool isConnected() const;
    // The connection the answer goes out on (a proxy hands it to another server).
    QTcpSocket *socket() const;

    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"),
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Chunked transfer encoding: a head now, chunks as the test likes, then the end.
    void beginChunked(int status, const QByteArray &contentType = QByteArrayLiteral("text/plain"));
    void writeChunk(const QByteArray &data);
    void endChunked();
    // Bytes as they are, for broken heads and bodies.
    void writeRaw(const QByteArray &bytes);
    // Hangs up (after what was written has gone out).
    void hangUp();

    static QByteArray reasonPhrase(int status);

private:
    TestHttpRequest m_request;
    QPointer<QTcpSocket> m_socket;
};

} // namespace pstest
