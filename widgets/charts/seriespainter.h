#pragma once

#include "decimator.h"
#include "spanocclusion.h"

#include <QColor>
#include <QLine>
#include <QPolygonF>
#include <QRect>
#include <QRectF>

#include <vector>

class QPainter;

namespace ps {

class SeriesStore;

// Draws a chart's series layer: each visible series decimated per pixel column and drawn
// with cosmetic pens, so 100 series of 10,000 points redraw within a frame. The columns are
// kept while the data, the time range and the plot's width stay the same, so a repaint for
// a legend click or a new value scale only maps them to rows and draws.
class SeriesPainter
{
public:
    // Up to this many visible series, with up to this many points in all once decimated, are
    // drawn antialiased, as polylines (a few milliseconds); more are drawn as per-column
    // envelopes without antialiasing.
    static constexpr qsizetype kSmoothSeries = 20;
    static constexpr qsizetype kSmoothPoints = 20000;

    // A distinct colour for a series' colour index.
    static QColor colour(int index);
    // `data`: the x (Unix seconds) and y range shown in the pixel rectangle `plot` (logical
    // pixels; the series are decimated per device pixel of the painter's device).
    // `maxGap`: samples further apart than this (seconds) are not joined.
    void paint(QPainter &painter, const SeriesStore &store, const QRect &plot, const QRectF &data, double maxGap);

    // The highest value the visible series reach in the x range of `data` (one sample beyond
    // each side included), from their columns, which are then ready for paint(); 0 if none.
    // `dpr`: the device pixel ratio paint() will draw at.
    double visibleMax(const SeriesStore &store, const QRect &plot, const QRectF &data, double maxGap, qreal dpr);

    // How many times a series was decimated (tests: a repaint of unchanged data is not one).
    quint64 decimations() const { return m_decimations; }

private:
    struct Key {
        quint64 generation = ~quint64(0);
        double x0 = 0;
        double x1 = 0;
        int left = 0;
        int width = 0;
        double maxGap = 0;
        bool operator==(const Key &) const = default;
    };

    const std::vector<Decimator::Column> &columns(const SeriesStore &store, qsizetype i, const QRectF &plot,
                                                  const QRectF &data, double maxGap);
    static QRect devicePlot(const QRect &plot, qreal dpr);
    void validate(const SeriesStore &store, const QRect &plot, const QRectF &data, double maxGap);
    void drawEnvelopes(QPainter &painter, const SeriesStore &store, const QRect &plot, const QRectF &data,
                       double maxGap);
    // The visible series as polylines in m_points (m_layers: which of m_starts are whose);
    // gives how many points they have.
    qsizetype makePolylines(const SeriesStore &store, const QRect &plot, const QRectF &data, double maxGap);
    void drawPolylines(QPainter &painter, const SeriesStore &store);

    // What is drawn of one series: m_shown[begin, end) of its envelope, or m_starts[begin,
    // end) of its polylines.
    struct Layer {
        qsizetype series = 0;
        std::size_t begin = 0;
        std::size_t end = 0;
    };

    Key m_key;
    std::vector<std::vector<Decimator::Column>> m_columns; // per series
    std::vector<char> m_ready;                              // per series: m_columns holds it
    std::vector<float> m_maxima;                            // per series: its columns' highest value
    quint64 m_decimations = 0;
    // Reused between repaints, so drawing allocates nothing once they have grown.
    std::vector<QLine> m_lines;
    std::vector<QLine> m_shown;
    std::vector<Layer> m_layers;
    SpanOcclusion m_occlusion;
    QPolygonF m_points;
    std::vector<int> m_starts;
};

} // namespace ps
