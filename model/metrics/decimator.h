#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace ps {

// Reduces a series to what a screen can show: per pixel column its first, lowest, highest
// and last sample, so peaks survive and a 10,000-point series draws as at most four
// points per column.
class Decimator
{
public:
    struct Column {
        int pixel = 0;
        double first = 0;
        double min = 0;
        double max = 0;
        double last = 0;
        int count = 0;
    };

    // The columns of the finite samples with x in [x0, x1] over `width` pixel columns.
    // `points` are sorted by x.
    static std::vector<Column> columns(const QList<QPointF> &points, double x0, double x1, int width);

    // The series as polylines in the pixel rectangle `pixels`, where `data` is the data
    // range it shows (x left to right, y bottom to top). A line breaks at a NaN or ±Inf
    // and where consecutive samples are more than `maxGap` apart in x (a series that
    // stopped and came back is not joined across the hole). One sample beyond each side
    // is kept, so lines reach the edges.
    static QList<QPolygonF> polylines(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                      double maxGap);
    // The same series as an envelope for drawing without antialiasing: per pixel column one
    // vertical segment from its lowest to its highest sample, stretched to reach the previous
    // column's last sample, plus a joining segment where columns are not adjacent. About one
    // segment per column however dense the data, so 100 series draw within a frame. Breaks
    // as polylines() does.
    static QList<QLineF> spans(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels, double maxGap);
};

} // namespace ps
