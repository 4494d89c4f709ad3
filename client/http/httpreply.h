#pragma once

#include "httperror.h"
#include "httprequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <curl/curl.h>

#include <memory>

namespace spdlog {
class logger;
}

namespace ps {

class CurlEasy;
class CurlMulti;

// The answer to one HttpRequest, arriving asynchronously. Created by HttpClient::send();
// the caller owns it from then on (delete it, or deleteLater() in a slot of finished()).
// Deleting a reply that has not finished cancels the transfer without emitting anything.
//
// A response with status below 400 to a streamed request goes out in pieces through
// dataReceived(); otherwise the body is kept and body() has it when finished() comes.
// Error bodies are always kept, so a caller can read the server's own error message.
class HttpReply : public QObject
{
    Q_OBJECT

public:
    ~HttpReply() override;

    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    int status() const { return m_status; }
    QList<HttpRequest::Header> headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_body; }
    QByteArray takeBody();
    const HttpError &error() const { return m_error; }
    int attempts() const { return m_attempts; }

public slots:
    // Stops the exchange; finished() follows at once with HttpError::Kind::Cancelled.
    void abort();

signals:
    // The response head of a successful exchange is in: status() and headers() are set.
    void headersReceived(int status);
    void dataReceived(const QByteArray &chunk);
    void finished();

private:
    friend class HttpClient;
    HttpReply(const HttpRequest &request, CurlMulti *multi, std::shared_ptr<spdlog::logger> logger,
              QObject *parent);
    void start();
    void onProgress();
    void onCompleted(CURLcode result);
    HttpError errorFor(CURLcode result) const;
    void finish(HttpError error);
    void stopTransfer();

    HttpRequest m_request;
    QPointer<CurlMulti> m_multi;
    std::shared_ptr<spdlog::logger> m_logger;
    std::unique_ptr<CurlEasy> m_easy;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    QList<HttpRequest::Header> m_headers;
    QByteArray m_body;
    HttpError m_error;
    int m_status = 0;
    int m_attempts = 0;
    bool m_headersAnnounced = false;
    bool m_delivered = false; // a chunk went out: a retry would repeat it
    bool m_finished = false;
};

} // namespace ps
