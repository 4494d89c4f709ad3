#include "httpreply.h"

#include "curleasy.h"
#include "curlmulti.h"

#include <spdlog/logger.h>

namespace ps {

namespace {

bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower.contains("token") || lower.contains("api-key")
        || lower.contains("secret");
}

// Header names always, values only where they cannot hold a credential. The blanked ones
// go last: the redacting sink blanks everything after an "Authorization:" on a line.
std::string describeHeaders(const QList<HttpRequest::Header> &headers)
{
    std::string plain;
    std::string sensitive;
    for (const auto &[name, value] : headers) {
        std::string &out = isSensitiveHeader(name) ? sensitive : plain;
        if (!out.empty())
            out += ", ";
        out += name.toStdString() + ": " + (isSensitiveHeader(name) ? std::string("[redacted]") : value.toStdString());
    }
    return plain.empty() || sensitive.empty() ? plain + sensitive : plain + ", " + sensitive;
}

std::string describeUrl(const QUrl &url)
{
    // User info never goes to a log; query values pass the redacting sink.
    return url.toString(QUrl::RemoveUserInfo).toStdString();
}

QString hostOf(const QUrl &url)
{
    return url.port() >= 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

} // namespace

HttpReply::HttpReply(const HttpRequest &request, CurlMulti *multi, std::shared_ptr<spdlog::logger> logger,
                     QObject *parent)
    : QObject(parent), m_request(request), m_multi(multi), m_logger(std::move(logger))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &HttpReply::start);
    m_clock.start();
}

HttpReply::~HttpReply()
{
    stopTransfer();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpReply::takeBody()
{
    QByteArray body = std::move(m_body);
    m_body.clear();
    return body;
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    m_backoff.stop();
    stopTransfer();
    HttpError error;
    error.kind = HttpError::Kind::Cancelled;
    error.message = tr("The request to %1 was cancelled.").arg(hostOf(m_request.url));
    finish(error);
}

void HttpReply::stopTransfer()
{
    if (!m_easy)
        return;
    if (m_multi)
        m_multi->remove(m_easy->handle());
    m_easy.reset();
}

void HttpReply::start()
{
    ++m_attempts;
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_headersAnnounced = false;
    if (!m_multi) {
        HttpError error;
        error.kind = HttpError::Kind::Cancelled;
        error.message = tr("The request to %1 was cancelled.").arg(hostOf(m_request.url));
        finish(error);
        return;
    }
    if (m_logger && m_logger->should_log(spdlog::level::debug)) {
        m_logger->debug("http: {} {} (attempt {}) headers: {}", m_request.method.toStdString(),
                        describeUrl(m_request.url), m_attempts, describeHeaders(m_request.headers));
    }
    m_easy = std::make_unique<CurlEasy>(m_request);
    CurlMulti::Transfer transfer;
    transfer.progressed = [this] { onProgress(); };
    transfer.completed = [this](CURLcode result) { onCompleted(result); };
    m_multi->add(m_easy->handle(), std::move(transfer));
}

void HttpReply::onProgress()
{
    if (!m_easy)
        return;
    const int status = m_easy->status();
    const bool success = status > 0 && status < 400;
    if (status > 0 && !m_headersAnnounced) {
        m_status = status;
        m_headers = m_easy->responseHeaders();
        if (success) {
            m_headersAnnounced = true;
            emit headersReceived(status);
            if (!m_easy)
                return; // aborted from a slot
        }
    }
    QByteArray chunk = m_easy->takeData();
    if (chunk.isEmpty())
        return;
    if (m_request.streamed && success) {
        m_delivered = true;
        emit dataReceived(chunk);
    } else {
        m_body.append(chunk);
    }
}

void HttpReply::onCompleted(CURLcode result)
{
    if (!m_easy)
        return;
    m_status = m_easy->status();
    m_headers = m_easy->responseHeaders();
    HttpError error = errorFor(result);
    m_easy.reset();

    const bool retry = error.isTransient() && m_request.isIdempotent() && !m_delivered
                    && m_attempts <= m_request.retries;
    if (retry) {
        const auto wait = m_request.retryBackoff * (1 << std::min(m_attempts - 1, 6));
        if (m_logger)
            m_logger->info("http: {} {} failed ({}); attempt {} in {} ms", m_request.method.toStdString(),
                           describeUrl(m_request.url), error.message.toStdString(), m_attempts + 1,
                           wait.count());
        m_backoff.start(wait);
        return;
    }
    finish(error);
}

HttpError HttpReply::errorFor(CURLcode result) const
{
    HttpError error;
    error.httpStatus = m_status;
    error.detail = m_easy->errorText();
    const QString host = hostOf(m_request.url);
    if (m_easy->overLimit()) {
        error.kind = HttpError::Kind::TooLarge;
        error.message = tr("The answer from %1 is larger than %2 MiB and was not read.")
                            .arg(host).arg(m_request.maxBodyBytes / (1024 * 1024));
        return error;
    }
    switch (result) {
    case CURLE_OK:
        if (m_status >= 400) {
            error.kind = HttpError::Kind::HttpStatus;
            error.message = tr("%1 answered with HTTP status %2.").arg(host).arg(m_status);
        }
        return error;
    case CURLE_COULDNT_CONNECT:
        error.kind = HttpError::Kind::ConnectionRefused;
        error.message = tr("Nothing answers at %1: the connection was refused.").arg(host);
        return error;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        error.kind = HttpError::Kind::HostNotFound;
        error.message = tr("The host %1 could not be found.").arg(host);
        return error;
    case CURLE_OPERATION_TIMEDOUT:
        error.kind = HttpError::Kind::Timeout;
        error.message = tr("%1 did not answer in time.").arg(host);
        return error;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        error.kind = HttpError::Kind::Tls;
        error.message = tr("The secure connection to %1 failed: %2. Check the server's certificate and the "
                           "certificate authority configured for it.")
                            .arg(host, error.detail);
        return error;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2_STREAM:
        error.kind = HttpError::Kind::ConnectionLost;
        error.message = tr("%1 closed the connection before the answer was complete.").arg(host);
        return error;
    default:
        error.kind = HttpError::Kind::Other;
        error.message = tr("The request to %1 failed: %2").arg(host, error.detail);
        return error;
    }
}

void HttpReply::finish(HttpError error)
{
    m_finished = true;
    m_error = std::move(error);
    if (m_logger) {
        const auto level = m_error.isError() && m_error.kind != HttpError::Kind::Cancelled ? spdlog::level::info
                                                                                            : spdlog::level::debug;
        m_logger->log(level, "http: {} {} -> {} in {} ms, {} attempt(s){}{}", m_request.method.toStdString(),
                      describeUrl(m_request.url), m_status, m_clock.elapsed(), m_attempts,
                      m_error.isError() ? ": " : "", m_error.message.toStdString());
    }
    emit finished();
}

} // namespace ps
