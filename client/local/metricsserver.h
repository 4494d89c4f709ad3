#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <functional>

namespace ps {

// A minimal HTTP endpoint on the loopback address that answers GET /metrics with Prometheus'
// text format, so a real Prometheus can scrape the local engine.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(std::function<QByteArray()> body, QObject *parent = nullptr);
    // Listens on 127.0.0.1:port (0: any free port); gives an error text or "".
    QString listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve();

    std::function<QByteArray()> m_body;
    QTcpServer m_server;
};

} // namespace ps
