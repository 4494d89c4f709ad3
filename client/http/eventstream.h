#pragma once

#include "httperror.h"
#include "httprequest.h"
#include "sseevent.h"
#include "sseparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ps {

class HttpClient;
class HttpReply;

// A Server-Sent Events stream that survives a server hanging up mid-way: it reconnects
// after a pause (the server's `retry`, or reconnectDelay), sends Last-Event-ID so the
// server resumes after the last whole event, and drops the half-received one.
class EventStream : public QObject
{
    Q_OBJECT

public:
    EventStream(HttpClient *http, const HttpRequest &request, QObject *parent = nullptr);
    ~EventStream() override;

    // Reconnections in a row without a new event before giving up.
    void setMaxReconnects(int count) { m_maxReconnects = count; }
    void setReconnectDelay(std::chrono::milliseconds delay) { m_reconnectDelay = delay; }

    void start();
    // Closes the stream; finished() follows with HttpError::Kind::Cancelled.
    void stop();

    bool isRunning() const { return m_reply || m_reconnect.isActive(); }
    QByteArray lastEventId() const { return m_parser.lastEventId(); }
    // Why the stream ended; Kind::None when the server closed it cleanly.
    const HttpError &error() const { return m_error; }

signals:
    void eventReceived(const ps::SseEvent &event);
    void reconnecting(int attempt, const QString &reason);
    void finished();

private:
    void connectNow();
    void onData(const QByteArray &chunk);
    void onFinished();

    QPointer<HttpClient> m_http;
    HttpRequest m_request;
    QPointer<HttpReply> m_reply;
    SseParser m_parser;
    QTimer m_reconnect;
    HttpError m_error;
    std::chrono::milliseconds m_reconnectDelay{1000};
    int m_maxReconnects = 5;
    int m_failures = 0;
};

} // namespace ps
