#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace ps {

class SeriesStore;

// Draws a chart's series layer: each visible series decimated per pixel column and drawn
// as cosmetic polylines, so 100 series of 10,000 points redraw within a frame.
class SeriesPainter
{
public:
    // Up to this many visible series are drawn antialiased.
    static constexpr qsizetype kSmoothSeries = 20;

    // A distinct colour for a series' colour index.
    static QColor colour(int index);
    // `data`: the x (Unix seconds) and y range shown in the pixel rectangle `plot`.
    // `maxGap`: samples further apart than this (seconds) are not joined.
    static void paint(QPainter &painter, const SeriesStore &store, const QRectF &plot, const QRectF &data,
                      double maxGap);
};

} // namespace ps
