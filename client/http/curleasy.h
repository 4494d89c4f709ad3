#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QList>

#include <curl/curl.h>

namespace ps {

// One attempt of an HttpRequest as a libcurl easy handle: sets the options (timeouts, TLS,
// proxy) and collects what libcurl hands over in its callbacks, for the owner to take
// once libcurl has returned. Never calls out from inside libcurl.
class CurlEasy
{
public:
    explicit CurlEasy(const HttpRequest &request);
    ~CurlEasy();
    CurlEasy(const CurlEasy &) = delete;
    CurlEasy &operator=(const CurlEasy &) = delete;

    CURL *handle() const { return m_easy; }
    // Status of the last response head (after redirects and 100-continue), 0 until known.
    int status() const { return m_status; }
    QList<HttpRequest::Header> responseHeaders() const { return m_headers; }
    // Body bytes received since the last call.
    QByteArray takeData();
    qint64 bodyBytes() const { return m_bodyBytes; }
    bool overLimit() const { return m_overLimit; }
    QString errorText() const;

    // Makes libcurl stop at its next callback (used when the owner cannot remove it now).
    void stop() { m_stopped = true; }

private:
    static size_t onWrite(char *data, size_t size, size_t count, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    void applyTls(const TlsOptions &tls);
    void applyProxy(const HttpRequest &request);

    CURL *m_easy = nullptr;
    curl_slist *m_requestHeaders = nullptr;
    QByteArray m_body;        // kept alive for CURLOPT_POSTFIELDS
    QByteArray m_url;
    QByteArray m_method;
    QByteArray m_data;
    QList<HttpRequest::Header> m_headers;
    int m_status = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_maxBodyBytes = 0;
    bool m_overLimit = false;
    bool m_stopped = false;
    char m_error[CURL_ERROR_SIZE] = {};
};

} // namespace ps
