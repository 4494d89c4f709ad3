#pragma once

#include "prometheusseries.h"

#include <QDateTime>
#include <QString>

namespace ps {

// An alert as Prometheus' /api/v1/alerts lists it.
struct PrometheusAlert {
    PrometheusLabels labels;
    PrometheusLabels annotations;
    QString state;       // pending, firing
    QDateTime activeAt;  // since when
    QString value;       // the expression's value when it was evaluated

    QString name() const { return labels.value(QStringLiteral("alertname")); }
};

} // namespace ps
