#pragma once

#include "prometheusseries.h"

#include <QDateTime>
#include <QString>

namespace ps {

// An active scrape target as Prometheus' /api/v1/targets lists it.
struct PrometheusTarget {
    PrometheusLabels labels;
    PrometheusLabels discoveredLabels;
    QString scrapePool;
    QString scrapeUrl;
    QString health;       // up, down, unknown
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDuration = 0; // seconds

    QString job() const { return labels.value(QStringLiteral("job")); }
};

} // namespace ps
