#pragma once

#include "prometheusqueryresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ps {

// Query results as people read them (a table for `pstudio query`, legends, tooltips)
// and as programs read them (JSON shaped like Prometheus' own `data`).
class PrometheusFormatter
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusFormatter)

public:
    // metric{label="value", …} in PromQL's own notation, labels sorted, __name__ in front.
    static QString seriesName(const PrometheusLabels &labels);
    // A sample value as Prometheus writes it: shortest exact decimal, NaN, +Inf, -Inf.
    static QString value(double value);
    // A Unix time in seconds as an ISO 8601 UTC date and time, with milliseconds.
    static QString time(double unixSeconds);

    // Vector: one row a series; matrix: a block a series; scalar and string: one line.
    static QString table(const PrometheusQueryResult &result);
    static QByteArray json(const PrometheusQueryResult &result);
};

} // namespace ps
