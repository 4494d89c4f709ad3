#include "seriespainter.h"

#include "seriesstore.h"
#include "themepalette.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <limits>

namespace ps {

namespace {

QPen seriesPen(const SeriesStore &store, qsizetype i)
{
    QPen pen(SeriesPainter::colour(store.colourIndex(i)));
    pen.setCosmetic(true);
    pen.setWidth(1);
    return pen;
}

} // namespace

QColor SeriesPainter::colour(int index)
{
    return ThemePalette::current().series(index);
}

const std::vector<Decimator::Column> &SeriesPainter::columns(const SeriesStore &store, qsizetype i,
                                                             const QRectF &plot, const QRectF &data, double maxGap)
{
    const auto at = std::size_t(i);
    if (!m_ready[at]) {
        Decimator::columns(store.series(i).points, data, plot, maxGap, m_columns[at]);
        float top = -std::numeric_limits<float>::infinity();
        for (const Decimator::Column &c : m_columns[at])
            top = std::max(top, c.max);
        m_maxima[at] = top;
        m_ready[at] = 1;
        ++m_decimations;
    }
    return m_columns[at];
}

void SeriesPainter::validate(const SeriesStore &store, const QRect &plot, const QRectF &data, double maxGap)
{
    const Key key{store.generation(), data.left(), data.right(), plot.left(), plot.width(), maxGap};
    if (!(key == m_key) || m_ready.size() != std::size_t(store.size())) {
        m_key = key;
        m_ready.assign(std::size_t(store.size()), 0);
        m_maxima.resize(std::size_t(store.size()));
        m_columns.resize(std::size_t(store.size())); // each keeps its capacity
    }
}

QRect SeriesPainter::devicePlot(const QRect &plot, qreal dpr)
{
    if (dpr == 1)
        return plot;
    return QRect(QPoint(qRound(plot.left() * dpr), qRound(plot.top() * dpr)),
                 QSize(qRound(plot.width() * dpr), qRound(plot.height() * dpr)));
}

double SeriesPainter::visibleMax(const SeriesStore &store, const QRect &logicalPlot, const QRectF &data,
                                 double maxGap, qreal dpr)
{
    const QRect plot = devicePlot(logicalPlot, dpr);
    validate(store, plot, data, maxGap);
    double top = 0;
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (!store.isVisible(i))
            continue;
        columns(store, i, plot, data, maxGap);
        top = std::max(top, double(m_maxima[std::size_t(i)]));
    }
    return top;
}

void SeriesPainter::paint(QPainter &painter, const SeriesStore &store, const QRect &logicalPlot, const QRectF &data,
                          double maxGap)
{
    // In device pixels: on a high-density screen a column per logical pixel would leave a
    // gap between one-device-pixel lines.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatio() : 1;
    const QRect plot = devicePlot(logicalPlot, dpr);
    validate(store, plot, data, maxGap);
    qsizetype visible = 0;
    for (qsizetype i = 0; i < store.size(); ++i)
        visible += store.isVisible(i);
    painter.save();
    if (dpr != 1)
        painter.scale(1 / dpr, 1 / dpr);
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    painter.setBrush(Qt::NoBrush);
    // Antialiased polylines while they are light to draw: few series, not dense. Otherwise
    // one-pixel cosmetic pens without antialiasing, which take the raster engine's fast
    // line path.
    if (visible <= kSmoothSeries && makePolylines(store, plot, data, maxGap) <= kSmoothPoints)
        drawPolylines(painter, store);
    else
        drawEnvelopes(painter, store, plot, data, maxGap);
    painter.restore();
}

qsizetype SeriesPainter::makePolylines(const SeriesStore &store, const QRect &plot, const QRectF &data,
                                       double maxGap)
{
    m_points.clear();
    m_starts.clear();
    m_layers.clear();
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (!store.isVisible(i))
            continue;
        const std::size_t begin = m_starts.size();
        Decimator::polylines(columns(store, i, plot, data, maxGap), data, plot, m_points, m_starts);
        m_layers.push_back({i, begin, m_starts.size()});
    }
    return m_points.size();
}

void SeriesPainter::drawPolylines(QPainter &painter, const SeriesStore &store)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Layer &layer : m_layers) {
        painter.setPen(seriesPen(store, layer.series));
        for (std::size_t l = layer.begin; l < layer.end; ++l) {
            const int end = l + 1 < m_starts.size() ? m_starts[l + 1] : int(m_points.size());
            painter.drawPolyline(m_points.constData() + m_starts[l], end - m_starts[l]);
        }
    }
}

void SeriesPainter::drawEnvelopes(QPainter &painter, const SeriesStore &store, const QRect &plot,
                                  const QRectF &data, double maxGap)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    // From the last series drawn to the first, each envelope and what of it is worth
    // drawing; then those, in drawing order.
    m_occlusion.reset(plot.adjusted(-1, -1, 1, 1)); // the clip
    m_shown.clear();
    m_layers.clear();
    for (qsizetype i = store.size() - 1; i >= 0; --i) {
        if (!store.isVisible(i))
            continue;
        m_lines.clear();
        Decimator::spans(columns(store, i, plot, data, maxGap), data, plot, m_lines);
        const std::size_t begin = m_shown.size();
        for (const QLine &line : m_lines)
            m_occlusion.add(line, m_shown);
        m_layers.push_back({i, begin, m_shown.size()});
    }
    for (auto layer = m_layers.crbegin(); layer != m_layers.crend(); ++layer) {
        painter.setPen(seriesPen(store, layer->series));
        painter.drawLines(m_shown.data() + layer->begin, int(layer->end - layer->begin));
    }
}

} // namespace ps
