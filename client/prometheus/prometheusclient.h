#pragma once

#include "prometheusalert.h"
#include "prometheusconfig.h"
#include "prometheusqueryresult.h"
#include "prometheusresult.h"
#include "prometheustarget.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QPair>

#include <chrono>
#include <functional>

namespace ps {

class HttpClient;

// Prometheus' HTTP API over HttpClient. Every call returns at once with a QFuture that
// finishes on this object's thread (use QFuture::then(context, …) or a QFutureWatcher);
// cancelling the future aborts the request. Answers over kParseOffThreadBytes are parsed
// on the thread pool, so a 50 MB range query never stalls the GUI.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kParseOffThreadBytes = 256 * 1024;

    explicit PrometheusClient(HttpClient *http, QObject *parent = nullptr);

    void setConfig(const PrometheusConfig &config) { m_config = config; }
    const PrometheusConfig &config() const { return m_config; }

    // /api/v1/query at `time` (now when invalid).
    QFuture<PrometheusResult<PrometheusQueryResult>> query(const QString &expression, const QDateTime &time = {});
    // /api/v1/query_range over [start, end] every `step`.
    QFuture<PrometheusResult<PrometheusQueryResult>> queryRange(const QString &expression, const QDateTime &start,
                                                                 const QDateTime &end, std::chrono::milliseconds step);
    // /api/v1/labels: label names, for completion.
    QFuture<PrometheusResult<QStringList>> labelNames(const QStringList &match = {});
    // /api/v1/label/<name>/values (`__name__` gives the metric names), for completion.
    QFuture<PrometheusResult<QStringList>> labelValues(const QString &label, const QStringList &match = {},
                                                       const QDateTime &start = {}, const QDateTime &end = {});
    // /api/v1/series: the label sets of the series matching any of `match`.
    QFuture<PrometheusResult<QList<PrometheusLabels>>> series(const QStringList &match, const QDateTime &start = {},
                                                              const QDateTime &end = {});
    QFuture<PrometheusResult<QList<PrometheusAlert>>> alerts();
    // Active targets.
    QFuture<PrometheusResult<QList<PrometheusTarget>>> targets();

private:
    using Params = QList<QPair<QString, QString>>;

    template<class T, class ParseFn>
    QFuture<PrometheusResult<T>> call(const QString &endpoint, const Params &params, ParseFn parse);

    QPointer<HttpClient> m_http;
    PrometheusConfig m_config;
};

} // namespace ps
