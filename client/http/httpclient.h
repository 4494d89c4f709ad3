#pragma once

#include "httpreply.h"
#include "httprequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace spdlog {
class logger;
}

namespace ps {

class CurlMulti;

// Sends HTTP requests without ever blocking the thread it lives in: one libcurl multi
// handle driven by this thread's event loop. Create one per thread (the GUI thread's is
// shared by every client of the application) and keep it alive while replies are out.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts the exchange on the next turn of the event loop. The reply is the caller's.
    HttpReply *send(const HttpRequest &request);
    HttpReply *get(const QUrl &url) { return send(HttpRequest::get(url)); }

    // Where requests are logged (debug level, credentials blanked); the application's
    // logger unless set.
    void setLogger(std::shared_ptr<spdlog::logger> logger);
    int activeTransfers() const;

private:
    CurlMulti *m_multi = nullptr;
    std::shared_ptr<spdlog::logger> m_logger;
};

} // namespace ps
