#include "metricsserver.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MetricsServer)
};

constexpr qsizetype kMaxRequest = 16 * 1024;

} // namespace

MetricsServer::MetricsServer(std::function<QByteArray()> body, QObject *parent) : QObject(parent), m_body(std::move(body))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::serve);
}

QString MetricsServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return Tr::tr("cannot serve metrics on 127.0.0.1:%1: %2").arg(port).arg(m_server.errorString());
    return {};
}

void MetricsServer::serve()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(10000, socket, &QTcpSocket::abort);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            if (!request.contains("\r\n\r\n") && request.size() < kMaxRequest) {
                socket->setProperty("request", request);
                return;
            }
            socket->setProperty("answered", true);
            const QByteArray path = request.split(' ').value(1);
            QByteArray status = "200 OK", body;
            if (!request.startsWith("GET ")) {
                status = "405 Method Not Allowed";
            } else if (path == "/metrics" || path.startsWith("/metrics?")) {
                body = m_body();
            } else {
                status = "404 Not Found";
                body = "see /metrics\n";
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace ps
