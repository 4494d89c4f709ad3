#include "decimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps {

namespace {

qsizetype firstAtOrAfter(const QList<QPointF> &points, double x)
{
    return std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; })
         - points.cbegin();
}

// Collects one pixel column's samples and writes its first/min/max/last to a polyline.
class ColumnBuffer
{
public:
    void add(const QPointF &p)
    {
        if (m_count == 0) {
            m_first = m_min = m_max = p;
        } else {
            if (p.y() < m_min.y())
                m_min = p;
            if (p.y() > m_max.y())
                m_max = p;
        }
        m_last = p;
        ++m_count;
    }
    void flushTo(QPolygonF &line)
    {
        if (m_count == 0)
            return;
        append(line, m_first);
        if (m_count > 1) {
            // Keep the order the samples came in, so the line goes where the data went.
            const bool minFirst = m_min.x() <= m_max.x();
            append(line, minFirst ? m_min : m_max);
            append(line, minFirst ? m_max : m_min);
            append(line, m_last);
        }
        m_count = 0;
    }

private:
    // On whole pixels, without repeated points, and with runs along one column or one row
    // merged: the raster engine's cost is per segment, so fewer segments draw faster.
    static void append(QPolygonF &line, const QPointF &exact)
    {
        const QPointF p(std::round(exact.x()), std::round(exact.y()));
        const qsizetype n = line.size();
        if (n > 0 && line.constLast() == p)
            return;
        if (n >= 2) {
            const QPointF &a = line.at(n - 2);
            const QPointF &b = line.at(n - 1);
            const bool sameColumn = a.x() == b.x() && b.x() == p.x() && ((a.y() <= b.y()) == (b.y() <= p.y()));
            const bool sameRow = a.y() == b.y() && b.y() == p.y() && a.x() < b.x() && b.x() < p.x();
            if (sameColumn || sameRow) {
                line.last() = p;
                return;
            }
        }
        line.append(p);
    }

    QPointF m_first, m_min, m_max, m_last;
    int m_count = 0;
};

} // namespace

std::vector<Decimator::Column> Decimator::columns(const QList<QPointF> &points, double x0, double x1, int width)
{
    std::vector<Column> result;
    if (width <= 0 || !(x1 > x0))
        return result;
    const double scale = width / (x1 - x0);
    for (qsizetype i = firstAtOrAfter(points, x0); i < points.size() && points[i].x() <= x1; ++i) {
        const double y = points[i].y();
        if (!std::isfinite(y))
            continue;
        const int pixel = std::min(width - 1, int((points[i].x() - x0) * scale));
        if (result.empty() || result.back().pixel != pixel) {
            result.push_back({pixel, y, y, y, y, 1});
            continue;
        }
        Column &c = result.back();
        c.min = std::min(c.min, y);
        c.max = std::max(c.max, y);
        c.last = y;
        ++c.count;
    }
    return result;
}

QList<QPolygonF> Decimator::polylines(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels,
                                      double maxGap)
{
    QList<QPolygonF> lines;
    if (points.isEmpty() || !(data.width() > 0) || !(data.height() > 0) || pixels.isEmpty())
        return lines;
    const double sx = pixels.width() / data.width();
    const double sy = pixels.height() / data.height();
    const auto toPixel = [&](const QPointF &p) {
        return QPointF(pixels.left() + (p.x() - data.left()) * sx, pixels.bottom() - (p.y() - data.top()) * sy);
    };
    qsizetype begin = firstAtOrAfter(points, data.left());
    if (begin > 0)
        --begin;
    const qsizetype end = std::min(points.size(), firstAtOrAfter(points, data.right()) + 1);

    QPolygonF line;
    ColumnBuffer column;
    int currentPixel = std::numeric_limits<int>::min();
    double previousX = -std::numeric_limits<double>::infinity();
    const auto endLine = [&] {
        column.flushTo(line);
        if (line.size() > 1)
            lines.append(line);
        else if (line.size() == 1) // a lone sample still shows, as a dot
            lines.append(QPolygonF{line.first(), line.first() + QPointF(0.5, 0)});
        line.clear();
        currentPixel = std::numeric_limits<int>::min();
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QPointF &p = points[i];
        if (!std::isfinite(p.y())) {
            endLine();
            continue;
        }
        if (p.x() - previousX > maxGap)
            endLine();
        previousX = p.x();
        const QPointF px = toPixel(p);
        const int pixel = int(std::floor(px.x()));
        if (pixel != currentPixel) {
            column.flushTo(line);
            currentPixel = pixel;
        }
        column.add(px);
    }
    endLine();
    return lines;
}

QList<QLineF> Decimator::spans(const QList<QPointF> &points, const QRectF &data, const QRectF &pixels, double maxGap)
{
    QList<QLineF> lines;
    if (points.isEmpty() || !(data.width() > 0) || !(data.height() > 0) || pixels.isEmpty())
        return lines;
    const double sx = pixels.width() / data.width();
    const double sy = pixels.height() / data.height();
    qsizetype begin = firstAtOrAfter(points, data.left());
    if (begin > 0)
        --begin;
    const qsizetype end = std::min(points.size(), firstAtOrAfter(points, data.right()) + 1);
    lines.reserve(std::min<qsizetype>(end - begin, qsizetype(pixels.width()) * 2 + 4));

    // The column being collected, in whole pixels; and the column before it (when joined).
    int pixel = std::numeric_limits<int>::min();
    double low = 0, high = 0, first = 0, last = 0;
    bool open = false;          // a column is being collected
    bool joined = false;        // it continues the previous column's line
    int previousPixel = 0;
    double previousLast = 0;
    double previousX = -std::numeric_limits<double>::infinity();
    const auto flush = [&] {
        if (!open)
            return;
        if (joined && pixel == previousPixel + 1) {
            low = std::min(low, previousLast);
            high = std::max(high, previousLast);
        } else if (joined) {
            lines.append(QLineF(previousPixel, previousLast, pixel, first));
        }
        lines.append(QLineF(pixel, low, pixel, high));
        previousPixel = pixel;
        previousLast = last;
        open = false;
        joined = true;
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QPointF &p = points[i];
        const bool gap = !std::isfinite(p.y()) || p.x() - previousX > maxGap;
        if (gap) {
            flush();
            joined = false;
            if (!std::isfinite(p.y()))
                continue;
        }
        previousX = p.x();
        const int px = int(std::floor(pixels.left() + (p.x() - data.left()) * sx));
        const double py = std::round(pixels.bottom() - (p.y() - data.top()) * sy);
        if (px != pixel || !open) {
            flush();
            pixel = px;
            low = high = first = py;
            open = true;
        } else {
            low = std::min(low, py);
            high = std::max(high, py);
        }
        last = py;
    }
    flush();
    return lines;
}

} // namespace ps
