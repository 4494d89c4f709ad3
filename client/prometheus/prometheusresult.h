#pragma once

#include "prometheuserror.h"

#include <QStringList>

namespace ps {

// The value of a Prometheus call, or why there is none; Prometheus' warnings either way.
template<class T>
struct PrometheusResult {
    T value{};
    PrometheusError error;
    QStringList warnings;

    bool ok() const { return !error.isError(); }
};

} // namespace ps
