#include "eventstream.h"

#include "httpclient.h"

namespace ps {

EventStream::EventStream(HttpClient *http, const HttpRequest &request, QObject *parent)
    : QObject(parent), m_http(http), m_request(request)
{
    m_request.streamed = true;
    m_request.timeout = std::chrono::milliseconds(0); // a stream may last for hours
    m_request.retries = 0;                            // reconnection is ours, with Last-Event-ID
    m_request.setHeader("Accept", "text/event-stream");
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectNow);
}

EventStream::~EventStream()
{
    delete m_reply;
}

void EventStream::start()
{
    m_error = {};
    m_failures = 0;
    connectNow();
}

void EventStream::stop()
{
    if (!isRunning())
        return;
    m_reconnect.stop();
    if (m_reply) {
        m_reply->abort(); // finished() comes through onFinished
        return;
    }
    m_error.kind = HttpError::Kind::Cancelled;
    m_error.message = tr("The event stream from %1 was closed.").arg(m_request.url.host());
    emit finished();
}

void EventStream::connectNow()
{
    if (!m_http)
        return;
    HttpRequest request = m_request;
    if (!m_parser.lastEventId().isEmpty())
        request.setHeader("Last-Event-ID", m_parser.lastEventId());
    m_reply = m_http->send(request);
    m_reply->setParent(this);
    connect(m_reply, &HttpReply::dataReceived, this, &EventStream::onData);
    connect(m_reply, &HttpReply::finished, this, &EventStream::onFinished);
}

void EventStream::onData(const QByteArray &chunk)
{
    const QList<SseEvent> events = m_parser.feed(chunk);
    if (!events.isEmpty())
        m_failures = 0; // progress: the reconnection budget starts again
    for (const SseEvent &event : events)
        emit eventReceived(event);
}

void EventStream::onFinished()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpError error = reply->error();
    const bool resumable = error.kind == HttpError::Kind::ConnectionLost || error.kind == HttpError::Kind::Timeout
                        || error.kind == HttpError::Kind::ConnectionRefused
                        || (error.kind == HttpError::Kind::HttpStatus && error.httpStatus >= 500);
    m_parser.reset();
    if (resumable && m_failures < m_maxReconnects) {
        ++m_failures;
        const auto delay = m_parser.retryMs() >= 0 ? std::chrono::milliseconds(m_parser.retryMs()) : m_reconnectDelay;
        emit reconnecting(m_failures, error.message);
        m_reconnect.start(delay);
        return;
    }
    m_error = error;
    emit finished();
}

} // namespace ps
