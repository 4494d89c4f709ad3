#pragma once

#include "tlsoptions.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace ps {

// Where a Prometheus is and how to prove who we are to it. The credentials come from the
// keychain (or the session's memory), never from a settings file.
struct PrometheusConfig {
    QUrl url;                 // base URL, may carry a path prefix (a proxy's /prometheus)
    QString bearerToken;      // sent as "Authorization: Bearer …" when set
    QString username;         // basic authentication when set (and no token)
    QString password;
    TlsOptions tls;
    std::chrono::milliseconds timeout{30000};
    int retries = 2;          // every Prometheus call is a GET: safe to repeat
};

} // namespace ps
