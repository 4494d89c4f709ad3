#pragma once

#include "tlsoptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace ps {

// One HTTP exchange as a value: what to send and how patient to be.
struct HttpRequest {
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<Header> headers;
    QByteArray body;
    // Whole exchange; zero means no limit (log streams).
    std::chrono::milliseconds timeout{30000};
    std::chrono::milliseconds connectTimeout{10000};
    // A stream that stays silent this long is given up; zero means never.
    std::chrono::seconds idleTimeout{0};
    // Extra attempts after a connection failure, a timeout or a 5xx, for idempotent
    // methods only, waiting retryBackoff, then twice that, and so on.
    int retries = 0;
    std::chrono::milliseconds retryBackoff{250};
    // Successful bodies go out through HttpReply::dataReceived instead of being kept.
    bool streamed = false;
    // A body larger than this fails the request instead of filling memory.
    qint64 maxBodyBytes = qint64(1) << 30;
    // Empty: libcurl's environment (http_proxy, https_proxy, no_proxy). Loopback
    // addresses never go through a proxy.
    QByteArray proxy;
    TlsOptions tls;

    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool isIdempotent() const;

    static HttpRequest get(const QUrl &url);
    static HttpRequest post(const QUrl &url, const QByteArray &contentType, const QByteArray &body);
};

} // namespace ps
