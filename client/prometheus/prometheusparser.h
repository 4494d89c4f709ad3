#pragma once

#include "prometheusalert.h"
#include "prometheusqueryresult.h"
#include "prometheusresult.h"
#include "prometheustarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ps {

// Reads Prometheus' JSON answers into plain values. Pure functions of the bytes, so they
// run on any thread (large answers are parsed off the GUI thread). The envelope's error
// becomes the result's error; anything not shaped like Prometheus' JSON, a BadResponse.
class PrometheusParser
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusParser)

public:
    // An HTTP answer: the body, its status, and the server's address for messages.
    struct Answer {
        QByteArray body;
        int httpStatus = 200;
        QString where;
    };

    static PrometheusResult<PrometheusQueryResult> query(const Answer &answer);
    // Label values, label names, metric names: a list of strings.
    static PrometheusResult<QStringList> strings(const Answer &answer);
    static PrometheusResult<QList<PrometheusLabels>> series(const Answer &answer);
    static PrometheusResult<QList<PrometheusAlert>> alerts(const Answer &answer);
    static PrometheusResult<QList<PrometheusTarget>> targets(const Answer &answer);

    // A sample value as Prometheus writes it: a decimal string, NaN, +Inf, -Inf.
    static double sampleValue(std::string_view text);
    // Prometheus' RFC 3339 times carry nanoseconds; QDateTime keeps milliseconds.
    static QDateTime timestamp(std::string_view text);
};

} // namespace ps
