#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace ps {

using MetricLabels = QMap<QString, QString>;

// One time series: its labels (with __name__ when it has one) and its samples, x in Unix
// seconds and y the value (NaN and ±Inf kept as such), sorted by time.
struct MetricSeries {
    MetricLabels labels;
    QList<QPointF> points;

    QString name() const { return labels.value(QStringLiteral("__name__")); }
};

} // namespace ps
