#pragma once

#include "metricseries.h"
#include "metricunit.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPainter;

namespace ps {

// A chart's reference lines: the CPU or memory a pod requested and the limit it may not
// exceed (kube-state-metrics' kube_pod_container_resource_requests/limits), drawn over its
// usage as dashed (request) and dotted (limit) lines in the colour of the pod's series.
// They are few points each (a value per step that rarely changes), so they are drawn as
// they are, without decimation.
class ReferenceLines
{
public:
    enum class Kind { Request, Limit };

    // Replaces the lines of one kind; `nameLabel` names each series (its pod).
    void set(Kind kind, QList<MetricSeries> series, const QString &nameLabel);
    void clear();
    bool isEmpty() const { return m_lines.isEmpty(); }
    int count(Kind kind) const;

    // The highest value a line reaches between x0 and x1 (Unix seconds); 0 if none.
    double maxIn(double x0, double x1) const;
    // `data`: the x (Unix seconds) and y range shown in `plot`; `colourOf` gives a series
    // name's colour (that of the pod's usage series).
    void paint(QPainter &painter, const QRect &plot, const QRectF &data,
               const std::function<QColor(const QString &)> &colourOf) const;
    // "pod-a request: 500m" for each line with a value near `t`.
    QStringList valuesAt(double t, double tolerance, MetricUnit unit) const;
    // The key drawn beside the title: "‒ ‒ request   ··· limit", for the kinds present.
    QString key() const;

    static Qt::PenStyle style(Kind kind) { return kind == Kind::Request ? Qt::DashLine : Qt::DotLine; }

private:
    struct Line {
        Kind kind = Kind::Request;
        QString name;
        QList<QPointF> points;
    };
    static QString kindName(Kind kind);

    QList<Line> m_lines;
};

} // namespace ps
