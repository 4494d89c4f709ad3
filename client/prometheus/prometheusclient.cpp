#include "prometheusclient.h"

#include "monitoringcall.h"
#include "prometheusparser.h"

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

static_assert(PrometheusClient::kParseOffThreadBytes == MonitoringCall::kParseOffThreadBytes);

PrometheusClient::PrometheusClient(HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

template<class T, class ParseFn>
QFuture<PrometheusResult<T>> PrometheusClient::call(const QString &endpoint, const Params &params, ParseFn parse)
{
    return MonitoringCall::send<T>(m_http, this, MonitoringCall::request(m_config, endpoint, params), m_config,
                                   QStringLiteral("Prometheus"), parse);
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
