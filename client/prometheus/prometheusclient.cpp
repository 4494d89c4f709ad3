#include "prometheusclient.h"

#include "httpclient.h"
#include "prometheusparser.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace ps {

namespace {

QString unixTime(const QDateTime &time)
{
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

// The series a completion or series call looks at: any of `match`, within [start, end].
QList<QPair<QString, QString>> selection(const QStringList &match, const QDateTime &start, const QDateTime &end)
{
    QList<QPair<QString, QString>> params;
    for (const auto &selector : match)
        params.append({QStringLiteral("match[]"), selector});
    if (start.isValid())
        params.append({QStringLiteral("start"), unixTime(start)});
    if (end.isValid())
        params.append({QStringLiteral("end"), unixTime(end)});
    return params;
}

} // namespace

PrometheusClient::PrometheusClient(HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

QString PrometheusClient::where() const
{
    return m_config.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

HttpRequest PrometheusClient::request(const QString &endpoint, const Params &params) const
{
    QUrl url = m_config.url;
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
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    HttpRequest request = HttpRequest::get(url);
    request.setHeader("Accept", "application/json");
    request.timeout = m_config.timeout;
    request.retries = m_config.retries;
    request.tls = m_config.tls;
    if (!m_config.bearerToken.isEmpty())
        request.setHeader("Authorization", "Bearer " + m_config.bearerToken.toUtf8());
    else if (!m_config.username.isEmpty())
        request.setHeader("Authorization",
                          "Basic " + QByteArray(m_config.username.toUtf8() + ':' + m_config.password.toUtf8()).toBase64());
    return request;
}

template<class T>
PrometheusResult<T> PrometheusClient::failure(const HttpError &error) const
{
    PrometheusResult<T> result;
    result.error.httpStatus = error.httpStatus;
    switch (error.kind) {
    case HttpError::Kind::Cancelled:
        result.error.kind = PrometheusError::Kind::Cancelled;
        result.error.message = error.message;
        break;
    case HttpError::Kind::Timeout:
        result.error.kind = PrometheusError::Kind::Timeout;
        result.error.message = tr("Prometheus at %1 did not answer within %2 s. Try a shorter time range or a "
                                  "larger step.")
                                   .arg(where())
                                   .arg(double(m_config.timeout.count()) / 1000.0);
        break;
    case HttpError::Kind::TooLarge:
        result.error.kind = PrometheusError::Kind::BadResponse;
        result.error.message = error.message;
        break;
    case HttpError::Kind::ConnectionRefused:
        result.error.kind = PrometheusError::Kind::Unreachable;
        result.error.message = tr("No Prometheus answers at %1: the connection was refused. Start one, or set "
                                  "its address in the Prometheus settings.")
                                   .arg(where());
        break;
    case HttpError::Kind::HostNotFound:
        result.error.kind = PrometheusError::Kind::Unreachable;
        result.error.message = tr("No Prometheus answers at %1: the host name is unknown. Check its address in "
                                  "the Prometheus settings.")
                                   .arg(where());
        break;
    case HttpError::Kind::Tls:
        result.error.kind = PrometheusError::Kind::Unreachable;
        result.error.message = tr("The secure connection to Prometheus at %1 failed (%2). Check its certificate "
                                  "authority in the Prometheus settings.")
                                   .arg(where(), error.detail);
        break;
    default:
        result.error.kind = PrometheusError::Kind::Unreachable;
        result.error.message = tr("No Prometheus answers at %1: %2").arg(where(), error.message);
        break;
    }
    return result;
}

template<class T, class ParseFn>
QFuture<PrometheusResult<T>> PrometheusClient::call(const QString &endpoint, const Params &params, ParseFn parse)
{
    auto promise = std::make_shared<QPromise<PrometheusResult<T>>>();
    promise->start();
    QFuture<PrometheusResult<T>> future = promise->future();
    const auto deliver = [promise](PrometheusResult<T> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    if (!m_http) {
        HttpError gone;
        gone.kind = HttpError::Kind::Cancelled;
        deliver(failure<T>(gone));
        return future;
    }

    HttpReply *reply = m_http->send(request(endpoint, params));
    reply->setParent(this);
    // Cancelling the future aborts the exchange.
    auto *watcher = new QFutureWatcher<PrometheusResult<T>>(reply);
    connect(watcher, &QFutureWatcherBase::canceled, reply, &HttpReply::abort);
    watcher->setFuture(future);

    const QString address = where();
    connect(reply, &HttpReply::finished, this, [this, reply, deliver, parse, address] {
        reply->deleteLater();
        const HttpError &error = reply->error();
        if (error.isError() && error.kind != HttpError::Kind::HttpStatus) {
            deliver(failure<T>(error));
            return;
        }
        PrometheusParser::Answer answer{reply->takeBody(), reply->status(), address};
        if (answer.body.size() < kParseOffThreadBytes) {
            deliver(parse(answer));
            return;
        }
        QtConcurrent::run([parse, answer = std::move(answer)] { return parse(answer); })
            .then(this, [deliver](PrometheusResult<T> result) { deliver(std::move(result)); });
    });
    return future;
}

QFuture<PrometheusResult<PrometheusQueryResult>> PrometheusClient::query(const QString &expression,
                                                                         const QDateTime &time)
{
    Params params{{QStringLiteral("query"), expression}};
    if (time.isValid())
        params.append({QStringLiteral("time"), unixTime(time)});
    return call<PrometheusQueryResult>(QStringLiteral("/api/v1/query"), params, &PrometheusParser::query);
}

QFuture<PrometheusResult<PrometheusQueryResult>> PrometheusClient::queryRange(const QString &expression,
                                                                              const QDateTime &start,
                                                                              const QDateTime &end,
                                                                              std::chrono::milliseconds step)
{
    const Params params{{QStringLiteral("query"), expression},
                        {QStringLiteral("start"), unixTime(start)},
                        {QStringLiteral("end"), unixTime(end)},
                        {QStringLiteral("step"), QString::number(double(step.count()) / 1000.0, 'f', 3)}};
    return call<PrometheusQueryResult>(QStringLiteral("/api/v1/query_range"), params, &PrometheusParser::query);
}

QFuture<PrometheusResult<QStringList>> PrometheusClient::labelNames(const QStringList &match)
{
    return call<QStringList>(QStringLiteral("/api/v1/labels"), selection(match, {}, {}), &PrometheusParser::strings);
}

QFuture<PrometheusResult<QStringList>> PrometheusClient::labelValues(const QString &label, const QStringList &match,
                                                                     const QDateTime &start, const QDateTime &end)
{
    const QString endpoint = QStringLiteral("/api/v1/label/") + QString::fromLatin1(QUrl::toPercentEncoding(label))
                           + QStringLiteral("/values");
    return call<QStringList>(endpoint, selection(match, start, end), &PrometheusParser::strings);
}

QFuture<PrometheusResult<QList<PrometheusLabels>>> PrometheusClient::series(const QStringList &match,
                                                                            const QDateTime &start,
                                                                            const QDateTime &end)
{
    return call<QList<PrometheusLabels>>(QStringLiteral("/api/v1/series"), selection(match, start, end),
                                         &PrometheusParser::series);
}

QFuture<PrometheusResult<QList<PrometheusAlert>>> PrometheusClient::alerts()
{
    return call<QList<PrometheusAlert>>(QStringLiteral("/api/v1/alerts"), {}, &PrometheusParser::alerts);
}

QFuture<PrometheusResult<QList<PrometheusTarget>>> PrometheusClient::targets()
{
    return call<QList<PrometheusTarget>>(QStringLiteral("/api/v1/targets"), {{QStringLiteral("state"), QStringLiteral("active")}},
                                         &PrometheusParser::targets);
}

} // namespace ps
