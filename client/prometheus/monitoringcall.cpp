#include "monitoringcall.h"

namespace ps {

QString MonitoringCall::where(const PrometheusConfig &config)
{
    return config.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

HttpRequest MonitoringCall::request(const PrometheusConfig &config, const QString &endpoint, const Params &params)
{
    QUrl url = config.url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + endpoint);
    // Percent-encode every value ourselves: QUrlQuery would leave '+' as it is, and
    // Prometheus reads a bare '+' in a query string as a space ("a + b" → "a   b").
    QByteArray query;
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);

    HttpRequest request = HttpRequest::get(url);
    request.setHeader("Accept", "application/json");
    request.timeout = config.timeout;
    request.retries = config.retries;
    request.tls = config.tls;
    if (!config.bearerToken.isEmpty())
        request.setHeader("Authorization", "Bearer " + config.bearerToken.toUtf8());
    else if (!config.username.isEmpty())
        request.setHeader("Authorization",
                          "Basic " + QByteArray(config.username.toUtf8() + ':' + config.password.toUtf8()).toBase64());
    return request;
}

PrometheusError MonitoringCall::failure(const HttpError &error, const QString &service, const PrometheusConfig &config)
{
    // `service` is a product name (Prometheus, Alertmanager), never translated.
    PrometheusError out;
    out.httpStatus = error.httpStatus;
    const QString at = where(config);
    switch (error.kind) {
    case HttpError::Kind::Cancelled:
        out.kind = PrometheusError::Kind::Cancelled;
        out.message = error.message.isEmpty() ? tr("The request to %1 was cancelled.").arg(at) : error.message;
        break;
    case HttpError::Kind::Timeout:
        out.kind = PrometheusError::Kind::Timeout;
        out.message = tr("%1 at %2 did not answer within %3 s. Try a shorter time range or a larger step.")
                          .arg(service, at)
                          .arg(double(config.timeout.count()) / 1000.0);
        break;
    case HttpError::Kind::TooLarge:
        out.kind = PrometheusError::Kind::BadResponse;
        out.message = error.message;
        break;
    case HttpError::Kind::ConnectionRefused:
        out.kind = PrometheusError::Kind::Unreachable;
        out.message = tr("No %1 answers at %2: the connection was refused. Start one, or set its address in the "
                         "%1 settings.")
                          .arg(service, at);
        break;
    case HttpError::Kind::HostNotFound:
        out.kind = PrometheusError::Kind::Unreachable;
        out.message = tr("No %1 answers at %2: the host name is unknown. Check its address in the %1 settings.")
                          .arg(service, at);
        break;
    case HttpError::Kind::Tls:
        out.kind = PrometheusError::Kind::Unreachable;
        out.message = tr("The secure connection to %1 at %2 failed (%3). Check its certificate authority in the "
                         "%1 settings.")
                          .arg(service, at, error.detail);
        break;
    default:
        out.kind = PrometheusError::Kind::Unreachable;
        out.message = tr("No %1 answers at %2: %3").arg(service, at, error.message);
        break;
    }
    return out;
}

} // namespace ps
