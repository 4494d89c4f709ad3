#include "httpclient.h"

#include "curlmulti.h"
#include "logging.h"

namespace ps {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent), m_multi(new CurlMulti(this)), m_logger(Logging::logger())
{
}

HttpClient::~HttpClient()
{
    // Replies still out hold easy handles of this multi handle: end them first.
    delete m_multi;
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(request, m_multi, m_logger, nullptr);
    // Start from the event loop, so a caller can connect to the reply's signals first and
    // even an immediate failure is reported asynchronously.
    QMetaObject::invokeMethod(reply, &HttpReply::start, Qt::QueuedConnection);
    return reply;
}

void HttpClient::setLogger(std::shared_ptr<spdlog::logger> logger)
{
    m_logger = std::move(logger);
}

int HttpClient::activeTransfers() const
{
    return m_multi->activeTransfers();
}

} // namespace ps
