#pragma once

#include "prometheusseries.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace ps {

// The data of an instant or range query. A vector is series of one point each, a matrix
// series of many; a scalar or string is one sample (time, value or text).
struct PrometheusQueryResult {
    enum class Type { Vector, Matrix, Scalar, String };

    Type type = Type::Vector;
    QList<PrometheusSeries> series;
    QPointF scalar;  // Scalar: (time, value); String: time in x
    QString text;    // String

    qsizetype pointCount() const
    {
        qsizetype count = 0;
        for (const auto &s : series)
            count += s.points.size();
        return count;
    }
};

} // namespace ps
