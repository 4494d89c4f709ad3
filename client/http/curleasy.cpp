#include "curleasy.h"

#include <QHostAddress>

namespace ps {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void setBlob(CURL *easy, CURLoption option, const QByteArray &pem)
{
    curl_blob blob{};
    blob.data = const_cast<char *>(pem.constData());
    blob.len = size_t(pem.size());
    blob.flags = CURL_BLOB_COPY;
    curl_easy_setopt(easy, option, &blob);
}

} // namespace

CurlEasy::CurlEasy(const HttpRequest &request)
    : m_body(request.body), m_url(request.url.toEncoded()), m_method(request.method),
      m_maxBodyBytes(request.maxBodyBytes)
{
    m_easy = curl_easy_init();
    curl_easy_setopt(m_easy, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(m_easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl decodes
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlEasy::onWrite);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &CurlEasy::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, long(request.timeout.count()));
    curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeout.count()));
    if (request.idleTimeout.count() > 0) {
        curl_easy_setopt(m_easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(m_easy, CURLOPT_LOW_SPEED_TIME, long(request.idleTimeout.count()));
    }

    if (m_method == "GET") {
        curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
    } else if (m_method == "HEAD") {
        curl_easy_setopt(m_easy, CURLOPT_NOBODY, 1L);
    } else {
        if (m_method != "POST")
            curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, m_method.constData());
        if (m_method == "POST" || !m_body.isEmpty()) {
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_body.size()));
            curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_body.constData());
        }
    }

    for (const auto &[name, value] : request.headers)
        m_requestHeaders = curl_slist_append(m_requestHeaders, QByteArray(name + ": " + value).constData());
    // libcurl would wait a second for "100 Continue" before sending a large body.
    m_requestHeaders = curl_slist_append(m_requestHeaders, "Expect:");
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_requestHeaders);

    applyTls(request.tls);
    applyProxy(request);
}

CurlEasy::~CurlEasy()
{
    curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_requestHeaders);
}

void CurlEasy::applyTls(const TlsOptions &tls)
{
    if (tls.insecure) {
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, 0L);
    } else {
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, 2L);
    }
    if (!tls.caFile.isEmpty())
        curl_easy_setopt(m_easy, CURLOPT_CAINFO, tls.caFile.toLocal8Bit().constData());
    if (!tls.caPem.isEmpty())
        setBlob(m_easy, CURLOPT_CAINFO_BLOB, tls.caPem);
    if (!tls.clientCertPem.isEmpty()) {
        setBlob(m_easy, CURLOPT_SSLCERT_BLOB, tls.clientCertPem);
        curl_easy_setopt(m_easy, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!tls.clientKeyPem.isEmpty()) {
        setBlob(m_easy, CURLOPT_SSLKEY_BLOB, tls.clientKeyPem);
        curl_easy_setopt(m_easy, CURLOPT_SSLKEYTYPE, "PEM");
    }
}

void CurlEasy::applyProxy(const HttpRequest &request)
{
    // A proxy cannot reach this machine's loopback: a user's Prometheus on 127.0.0.1 must
    // stay reachable whatever http_proxy says. Elsewhere libcurl reads the environment.
    if (isLoopback(request.url))
        curl_easy_setopt(m_easy, CURLOPT_NOPROXY, "*");
    else if (!request.proxy.isEmpty())
        curl_easy_setopt(m_easy, CURLOPT_PROXY, request.proxy.constData());
}

QByteArray CurlEasy::takeData()
{
    QByteArray data = std::move(m_data);
    m_data.clear();
    return data;
}

QString CurlEasy::errorText() const
{
    return QString::fromUtf8(m_error).trimmed();
}

size_t CurlEasy::onWrite(char *data, size_t size, size_t count, void *self)
{
    auto *easy = static_cast<CurlEasy *>(self);
    const size_t bytes = size * count;
    if (easy->m_stopped)
        return 0;
    easy->m_bodyBytes += qint64(bytes);
    if (easy->m_maxBodyBytes > 0 && easy->m_bodyBytes > easy->m_maxBodyBytes) {
        easy->m_overLimit = true;
        return 0;
    }
    easy->m_data.append(data, qsizetype(bytes));
    return bytes;
}

size_t CurlEasy::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *easy = static_cast<CurlEasy *>(self);
    const size_t bytes = size * count;
    if (easy->m_stopped)
        return 0;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response head (redirect, 100 Continue): forget the previous one.
        easy->m_headers.clear();
        const QByteArrayList parts = line.split(' ');
        easy->m_status = parts.size() > 1 ? parts.at(1).toInt() : 0;
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        easy->m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}

} // namespace ps
