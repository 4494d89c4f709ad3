#include "decimator.h"

#include <algorithm>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cmath>
#include <limits>

namespace ps {

namespace {

qsizetype firstAtOrAfter(const QList<QPointF> &points, double x)
{
    return std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; })
         - points.cbegin();
}

// Pixels far outside any screen are clamped, so the conversion to int stays defined.
constexpr double kFar = 1e7;

// floor() without a library call per sample: truncation is floor for non-negative values.
int wholePixel(double x)
{
    x = std::clamp(x, -kFar, kFar);
    const int t = int(x);
    return t > x ? t - 1 : t;
}

// Rounded to the nearest whole pixel (ties to even), many times per repaint: in one
// instruction where there is one.
int nearestPixel(double y)
{
#ifdef __SSE2__
    return _mm_cvtsd_si32(_mm_set_sd(std::clamp(y, -kFar, kFar)));
#else
    return int(std::nearbyint(std::clamp(y, -kFar, kFar)));
#endif
}

// Value to pixel row: y grows downwards.
struct RowMap {
    RowMap(const QRectF &data, const QRectF &pixels)
        : bottom(pixels.bottom() + data.top() * pixels.height() / data.height()),
          scale(pixels.height() / data.height())
    {
    }
    int operator()(double v) const { return nearestPixel(bottom - v * scale); }
    double bottom;
    double scale;
};

bool usable(const QRectF &data, const QRectF &pixels)
{
    return data.width() > 0 && data.height() > 0 && !pixels.isEmpty();
}

// Appends p to the polyline that begins at `start`, on pixel centres, without repeated points
// and with runs along one column or one row merged: the raster engine's cost is per segment.
void appendMerged(QPolygonF &points, qsizetype start, int x, int y)
{
    const QPointF p(x + 0.5, y + 0.5);
    const qsizetype n = points.size() - start;
    if (n > 0 && points.constLast() == p)
        return;
    if (n >= 2) {
        const QPointF &a = points.at(points.size() - 2);
        const QPointF &b = points.constLast();
        const bool sameColumn = a.x() == b.x() && b.x() == p.x() && ((a.y() <= b.y()) == (b.y() <= p.y()));
        const bool sameRow = a.y() == b.y() && b.y() == p.y() && a.x() < b.x() && b.x() < p.x();
        if (sameColumn || sameRow) {
            points.last() = p;
            return;
        }
    }
    points.append(p);
}

} // namespace

void Decimator::columns(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels, double maxGap,
                        std::vector<Column> &out)
{
    out.clear();
    if (points.isEmpty() || !usable(data, pixels))
        return;
    qsizetype begin = firstAtOrAfter(points, data.left());
    if (begin > 0)
        --begin;
    const qsizetype end = std::min(points.size(), firstAtOrAfter(points, data.right()) + 1);
    out.reserve(std::size_t(std::min<qsizetype>(end - begin, qsizetype(pixels.width()) + 8)));

    const double sx = pixels.width() / data.width();
    const double x0 = data.left();
    const double left = pixels.left();
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    // The column being collected (count > 0), and the x where the next one begins: while
    // samples stay below it, in the same line, only the column's values change.
    int pixel = 0;
    int count = 0;
    double first = 0;
    double low = 0;
    double high = 0;
    double last = 0;
    int minAt = 0;
    int maxAt = 0;
    bool joined = false;
    double boundary = kNone;
    bool joinNext = false; // the next column continues the line
    double previousX = kNone;
    const auto add = [&](double y) {
        if (y < low) {
            low = y;
            minAt = count;
        }
        if (y > high) {
            high = y;
            maxAt = count;
        }
        last = y;
        ++count;
    };
    const auto finish = [&] {
        out.push_back({pixel, count, float(first), float(low), float(high), float(last), joined, minAt <= maxAt});
    };
    for (const QPointF *p = points.constData() + begin, *stop = points.constData() + end; p != stop; ++p) {
        __builtin_prefetch(p + 64); // about 1 KiB ahead: the samples stream from memory
        const double x = p->x();
        const double y = p->y();
        if (x < boundary && x - previousX <= maxGap && std::isfinite(y)) [[likely]] {
            previousX = x;
            add(y);
            continue;
        }
        const bool finite = std::isfinite(y);
        const bool gap = !finite || x - previousX > maxGap;
        const int at = finite ? wholePixel(left + (x - x0) * sx) : 0;
        if (!gap && count > 0 && at == pixel) { // at the boundary, rounded into this column
            previousX = x;
            add(y);
            continue;
        }
        if (count > 0) {
            finish();
            count = 0;
            boundary = kNone;
            joinNext = true;
        }
        if (gap)
            joinNext = false;
        if (!finite)
            continue;
        previousX = x;
        pixel = at;
        joined = joinNext;
        count = 1;
        first = low = high = last = y;
        minAt = maxAt = 0;
        boundary = x0 + (pixel + 1 - left) / sx;
    }
    if (count > 0)
        finish();
}

std::vector<Decimator::Column> Decimator::columns(const QList<QPointF> &points, const QRectF &data,
                                                  const QRectF &pixels, double maxGap)
{
    std::vector<Column> out;
    columns(points, data, pixels, maxGap, out);
    return out;
}

void Decimator::polylines(const std::vector<Column> &columns, const QRectF &data, const QRectF &pixels,
                          QPolygonF &points, std::vector<int> &starts)
{
    if (columns.empty() || !usable(data, pixels))
        return;
    const RowMap row(data, pixels);
    qsizetype start = points.size();
    const auto endLine = [&] {
        const qsizetype n = points.size() - start;
        if (n == 1) // a lone sample still shows, as a dot
            points.append(points.constLast() + QPointF(0.5, 0));
        if (n > 0)
            starts.push_back(int(start));
        start = points.size();
    };
    for (const Column &c : columns) {
        if (!c.joined)
            endLine();
        appendMerged(points, start, c.pixel, row(c.first));
        if (c.count > 1) {
            // In the order the samples came in, so the line goes where the data went.
            appendMerged(points, start, c.pixel, row(c.minFirst ? c.min : c.max));
            appendMerged(points, start, c.pixel, row(c.minFirst ? c.max : c.min));
            appendMerged(points, start, c.pixel, row(c.last));
        }
    }
    endLine();
}

QList<QPolygonF> Decimator::polylines(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                      double maxGap)
{
    QPolygonF all;
    std::vector<int> starts;
    polylines(columns(points, data, pixels, maxGap), data, pixels, all, starts);
    QList<QPolygonF> lines;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int end = i + 1 < starts.size() ? starts[i + 1] : int(all.size());
        lines.append(all.mid(starts[i], end - starts[i]));
    }
    return lines;
}

void Decimator::spans(const std::vector<Column> &columns, const QRectF &data, const QRectF &pixels,
                      std::vector<QLine> &lines)
{
    if (columns.empty() || !usable(data, pixels))
        return;
    const RowMap row(data, pixels);
    int previousPixel = 0;
    int previousLast = 0;
    for (const Column &c : columns) {
        int top = row(c.max);
        int bottom = row(c.min);
        if (c.joined && c.pixel == previousPixel + 1) {
            top = std::min(top, previousLast);
            bottom = std::max(bottom, previousLast);
        } else if (c.joined) {
            lines.emplace_back(previousPixel, previousLast, c.pixel, row(c.first));
        }
        lines.emplace_back(c.pixel, top, c.pixel, bottom);
        previousPixel = c.pixel;
        previousLast = row(c.last);
    }
}

std::vector<QLine> Decimator::spans(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                    double maxGap)
{
    std::vector<QLine> lines;
    spans(columns(points, data, pixels, maxGap), data, pixels, lines);
    return lines;
}

} // namespace ps
