#pragma once

#include <QLine>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace ps {

// Reduces a series to what a screen can show: per pixel column its first, lowest, highest
// and last sample, so peaks survive and a 10,000-point series draws as at most four
// points per column. Two steps, so that a chart can keep the first between repaints:
// columns() maps x to pixel columns (the expensive pass over every sample); polylines()
// and spans() map the columns' values to pixel rows (cheap, one pass over the columns).
class Decimator
{
public:
    // Compact (values as float: a pixel row needs far less precision), since a chart keeps
    // one per pixel column of each series and reads them all on every repaint.
    struct Column {
        int pixel = 0;          // whole pixel column, in the pixel rectangle's coordinates
        int count = 0;
        float first = 0;
        float min = 0;
        float max = 0;
        float last = 0;
        bool joined = false;    // the line comes from the previous column (no gap or NaN between)
        bool minFirst = true;   // the lowest sample came before the highest
    };

    // The columns of a series in the pixel rectangle `pixels`, where `data` is the data range
    // it shows: the finite samples with x in `data`, and one sample beyond each side so lines
    // reach the edges. A line breaks at a NaN or ±Inf and where consecutive samples are more
    // than `maxGap` apart in x (a series that stopped and came back is not joined across the
    // hole). `points` are sorted by x. `out` is reused: no allocation once it has grown.
    static void columns(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels, double maxGap,
                        std::vector<Column> &out);
    static std::vector<Column> columns(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                       double maxGap);

    // The columns as polylines (x left to right, y bottom to top), appended to `points`,
    // one polyline per entry of `starts` (its first index; it ends where the next begins).
    // Repeated points and runs along one column or row are merged; a lone sample is a dot.
    static void polylines(const std::vector<Column> &columns, const QRectF &data, const QRectF &pixels,
                          QPolygonF &points, std::vector<int> &starts);
    static QList<QPolygonF> polylines(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                      double maxGap);

    // The columns as an envelope for drawing without antialiasing, appended to `lines`: per
    // column one vertical segment from its lowest to its highest sample, stretched to reach
    // the previous column's last sample, plus a joining segment where joined columns are not
    // adjacent. About one segment per column however dense the data.
    static void spans(const std::vector<Column> &columns, const QRectF &data, const QRectF &pixels,
                      std::vector<QLine> &lines);
    static std::vector<QLine> spans(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                    double maxGap);
};

} // namespace ps
