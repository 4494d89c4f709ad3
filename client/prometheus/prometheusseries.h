#pragma once

#include "metricseries.h"

namespace ps {

// Prometheus' series are the model's series: a range query's answer goes to the charts
// without a copy.
using PrometheusLabels = MetricLabels;
using PrometheusSeries = MetricSeries;

} // namespace ps
