#include "testhttpexchange.h"

#include <QTcpSocket>

namespace pstest {

QByteArray TestHttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttpExchange::TestHttpExchange(TestHttpRequest request, QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_socket(socket)
{
}

QTcpSocket *TestHttpExchange::socket() const
{
    return m_socket;
}

bool TestHttpExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray TestHttpExchange::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}

void TestHttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    writeRaw(head + body);
    hangUp();
}

void TestHttpExchange::beginChunked(int status, const QByteArray &contentType)
{
    writeRaw("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: "
             + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
}

void TestHttpExchange::writeChunk(const QByteArray &data)
{
    if (!data.isEmpty())
        writeRaw(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void TestHttpExchange::endChunked()
{
    writeRaw(QByteArrayLiteral("0\r\n\r\n"));
    hangUp();
}

void TestHttpExchange::writeRaw(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void TestHttpExchange::hangUp()
{
    if (m_socket)
        m_socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace pstest
