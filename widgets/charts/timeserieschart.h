#pragma once

#include "metricseries.h"
#include "metricunit.h"
#include "referencelines.h"
#include "seriespainter.h"
#include "seriesstore.h"

#include <QDateTime>
#include <QPixmap>
#include <QWidget>

namespace ps {

// A time series chart: value axis in the series' unit (from 0 to what the visible series
// reach in the time range), time axis, a legend whose entries
// hide or show their series when clicked, and, under the mouse, a vertical marker with
// the values of every visible series at that time. The series layer is decimated per
// pixel column and painted with QPainter (see SeriesPainter); the columns are kept across
// repaints of the same data and range, the painted layer across hovers.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(MetricUnit unit);
    MetricUnit unit() const { return m_unit; }
    // The time interval the x axis shows.
    void setTimeRange(const QDateTime &start, const QDateTime &end);
    // Replaces the series; `nameLabel` names them in the legend ("task", "pod").
    // `step`: the range query's step in seconds; samples further apart are not joined.
    void setSeries(QList<MetricSeries> series, const QString &nameLabel = {}, double step = 1);
    const SeriesStore &store() const { return m_store; }
    // Requests or limits over the series, as dashed or dotted step lines in their pod's colour.
    void setReferenceLines(ReferenceLines::Kind kind, QList<MetricSeries> series, const QString &nameLabel = {});
    void clearReferenceLines();
    const ReferenceLines &referenceLines() const { return m_references; }
    // Shown in the plot when there is nothing to draw ("No data for this run yet").
    void setMessage(const QString &message);
    QString message() const { return m_message; }

    // Where the legend entry of series `i` is (for people who test with a mouse).
    QRect legendItemRect(qsizetype i) const;
    QRect plotRect() const { return m_plot; }
    // Where the value axis' labels are drawn, with their values.
    QList<std::pair<QRect, double>> valueLabels() const;
    // The time under the marker; invalid when the mouse is not over the plot.
    QDateTime hoveredTime() const { return m_hover; }
    // The tooltip text at the marker: the time and each visible series' value.
    QString hoverText() const;
    // Shows the marker at `time` (as when another chart or the logs are hovered).
    void setMarker(const QDateTime &time);

    // How many times a series was decimated for drawing: a repaint that changes neither the
    // data, the time range nor the plot's width reuses the columns.
    quint64 decimations() const { return m_painter.decimations(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void timeHovered(const QDateTime &time);
    void seriesVisibilityChanged(qsizetype index, bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutChart();
    int valueTicks(int plotHeight) const;
    QRectF dataRect() const;
    double timeAt(double x) const;
    double xAt(double time) const;
    void paintAxes(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    void paintHover(QPainter &painter) const;
    void invalidateSeries();
    void fitValueAxis();
    // Samples further apart than this (seconds) are not joined.
    double maxGap() const;

    QColor colourOf(const QString &seriesName) const;

    SeriesStore m_store;
    SeriesPainter m_painter;
    ReferenceLines m_references;
    QString m_title;
    QString m_message;
    MetricUnit m_unit = MetricUnit::Number;
    double m_start = 0;
    double m_end = 1;
    double m_step = 1;
    double m_top = 1;
    QDateTime m_hover;
    QRect m_plot;
    QList<QRect> m_legend;
    QPixmap m_seriesLayer;
    bool m_seriesDirty = true;
};

} // namespace ps
