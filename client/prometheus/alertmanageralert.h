#pragma once

#include "prometheusseries.h"

#include <QDateTime>
#include <QStringList>

namespace ps {

// An alert as Alertmanager holds it (/api/v2/alerts): with its notification state.
struct AlertmanagerAlert {
    PrometheusLabels labels;
    PrometheusLabels annotations;
    QString state;            // active, suppressed, unprocessed
    QStringList silencedBy;   // silence ids
    QStringList inhibitedBy;  // fingerprints of the inhibiting alerts
    QStringList receivers;    // where its notifications go
    QDateTime startsAt;
    QDateTime endsAt;
    QString fingerprint;

    QString name() const { return labels.value(QStringLiteral("alertname")); }
};

} // namespace ps
