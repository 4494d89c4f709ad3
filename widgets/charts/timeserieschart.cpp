#include "timeserieschart.h"

#include "themepalette.h"

#include "axisticks.h"
#include "seriespainter.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace ps {

namespace {

constexpr int kMargin = 6;
constexpr int kSwatch = 10;
constexpr int kLegendSpacing = 14;
// A plot shorter than this many text lines puts its legend beside it.
constexpr int kMinPlotRows = 6;
constexpr int kMaxHoverLines = 12;

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_start = double(now - 300);
    m_end = double(now);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void TimeSeriesChart::setUnit(MetricUnit unit)
{
    m_unit = unit;
    invalidateSeries();
}

void TimeSeriesChart::setTimeRange(const QDateTime &start, const QDateTime &end)
{
    m_start = double(start.toMSecsSinceEpoch()) / 1000;
    m_end = std::max(m_start + 1, double(end.toMSecsSinceEpoch()) / 1000);
    invalidateSeries();
}

void TimeSeriesChart::setSeries(QList<MetricSeries> series, const QString &nameLabel, double step)
{
    m_store.setSeries(std::move(series), nameLabel);
    m_step = std::max(step, 0.001);
    invalidateSeries();
}

void TimeSeriesChart::setReferenceLines(ReferenceLines::Kind kind, QList<MetricSeries> series, const QString &nameLabel)
{
    m_references.set(kind, std::move(series), nameLabel);
    invalidateSeries();
}

void TimeSeriesChart::clearReferenceLines()
{
    if (m_references.isEmpty())
        return;
    m_references.clear();
    invalidateSeries();
}

QColor TimeSeriesChart::colourOf(const QString &seriesName) const
{
    for (qsizetype i = 0; i < m_store.size(); ++i)
        if (m_store.name(i) == seriesName)
            return SeriesPainter::colour(m_store.colourIndex(i));
    return palette().color(QPalette::Text);
}

void TimeSeriesChart::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void TimeSeriesChart::invalidateSeries()
{
    m_seriesDirty = true;
    layoutChart();
    update();
}

void TimeSeriesChart::fitValueAxis()
{
    // The value axis fits what the visible series reach in the time range, read from their
    // columns as they are made (no pass over the samples of its own). Its labels' width
    // places the plot, so a new scale may move the plot, and the columns are made again.
    for (int pass = 0; pass < 2 && m_plot.isValid(); ++pass) {
        const double reach = std::max(m_painter.visibleMax(m_store, m_plot, dataRect(), maxGap(), devicePixelRatioF()),
                                      // a limit sits below the frame, not on it
                                      m_references.maxIn(m_start, m_end) * 1.05);
        const double top = AxisTicks::niceCeiling(reach, m_unit);
        if (top == m_top)
            return;
        m_top = top;
        layoutChart();
    }
}

double TimeSeriesChart::maxGap() const { return std::max(3 * m_step, 5.0); }

QSize TimeSeriesChart::sizeHint() const { return {480, 220}; }
QSize TimeSeriesChart::minimumSizeHint() const { return {200, 120}; }

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_seriesDirty = true;
    layoutChart();
}

void TimeSeriesChart::layoutChart()
{
    const QFontMetrics fm = fontMetrics();
    // The legend flows in rows under the time axis; when that leaves the plot too short for
    // its value labels, it stands in a column beside the plot instead.
    m_legend.clear();
    const int width = std::max(1, this->width() - 2 * kMargin);
    int x = 0;
    int row = 0;
    int widest = 0;
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        const int w = kSwatch + 8 + fm.horizontalAdvance(m_store.name(i));
        widest = std::max(widest, w);
        if (x > 0 && x + w > width) {
            x = 0;
            ++row;
        }
        m_legend.append(QRect(kMargin + x, row * (fm.height() + 2), std::min(w, width), fm.height()));
        x += w + kLegendSpacing;
    }
    const int legendHeight = m_legend.isEmpty() ? 0 : (row + 1) * (fm.height() + 2);
    int axisWidth = 0;
    for (double v : AxisTicks::values(0, m_top, valueTicks(height()), m_unit))
        axisWidth = std::max(axisWidth, fm.horizontalAdvance(MetricFormat::format(v, m_unit)));
    const int top = kMargin + fm.height() + fm.height() / 2 + 4;
    const int below = height() - kMargin - fm.height() - 6;
    const int sideWidth = std::min(widest, this->width() * 2 / 5);
    const bool beside = !m_legend.isEmpty() && below - legendHeight - top < kMinPlotRows * fm.height() && sideWidth >= 60;
    if (beside) {
        m_plot = QRect(QPoint(kMargin + axisWidth + 6, top), QPoint(this->width() - kMargin - sideWidth - 16, below));
        for (qsizetype i = 0; i < m_legend.size(); ++i)
            m_legend[i] = QRect(m_plot.right() + 12, top + int(i) * (fm.height() + 2), sideWidth, fm.height());
        return;
    }
    m_plot = QRect(QPoint(kMargin + axisWidth + 6, top), QPoint(this->width() - kMargin - 8, below - legendHeight));
    for (QRect &r : m_legend)
        r.translate(0, m_plot.bottom() + fm.height() + 8);
}

QList<std::pair<QRect, double>> TimeSeriesChart::valueLabels() const
{
    QList<std::pair<QRect, double>> labels;
    if (!m_plot.isValid())
        return labels;
    const QFontMetrics fm = fontMetrics();
    for (double v : AxisTicks::values(0, m_top, valueTicks(m_plot.height()), m_unit)) {
        const int y = int(std::round(m_plot.bottom() - v / m_top * m_plot.height()));
        labels.append({QRect(kMargin, y - fm.height() / 2, m_plot.left() - kMargin - 4, fm.height()), v});
    }
    return labels;
}

int TimeSeriesChart::valueTicks(int plotHeight) const
{
    // At most one value label per two text lines, so labels never touch; 4 at most.
    return std::clamp(plotHeight / (2 * fontMetrics().height()), 1, 4);
}

QRectF TimeSeriesChart::dataRect() const { return QRectF(m_start, 0, m_end - m_start, m_top); }

double TimeSeriesChart::timeAt(double x) const
{
    return m_start + (x - m_plot.left()) / std::max(1, m_plot.width()) * (m_end - m_start);
}

double TimeSeriesChart::xAt(double time) const
{
    return m_plot.left() + (time - m_start) / (m_end - m_start) * m_plot.width();
}

QRect TimeSeriesChart::legendItemRect(qsizetype i) const { return m_legend.value(i); }

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch: the cached series layer holds the old background and series colours.
    if (event->type() == QEvent::PaletteChange) {
        m_seriesDirty = true;
        update();
    }
}

void TimeSeriesChart::paintEvent(QPaintEvent *)
{
    if (m_seriesDirty || m_seriesLayer.size() != size() * devicePixelRatioF()) {
        if (m_seriesLayer.size() != size() * devicePixelRatioF()) {
            m_seriesLayer = QPixmap(size() * devicePixelRatioF());
            m_seriesLayer.setDevicePixelRatio(devicePixelRatioF());
        }
        fitValueAxis();
        m_seriesLayer.fill(palette().color(QPalette::Base));
        QPainter layer(&m_seriesLayer);
        layer.setRenderHint(QPainter::TextAntialiasing);
        paintAxes(layer);
        if (m_plot.isValid() && !m_store.isEmpty())
            m_painter.paint(layer, m_store, m_plot, dataRect(), maxGap());
        if (m_plot.isValid() && !m_references.isEmpty())
            m_references.paint(layer, m_plot, dataRect(), [this](const QString &name) { return colourOf(name); });
        paintLegend(layer);
        m_seriesDirty = false;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_seriesLayer);
    if (m_store.isEmpty() || !m_message.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(m_plot.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    paintHover(painter);
}

void TimeSeriesChart::paintAxes(QPainter &painter) const
{
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = ThemePalette::current().colour(ThemePalette::Role::ChartGrid);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    const QString unitName = MetricFormat::unitName(m_unit);
    painter.drawText(QPoint(kMargin, kMargin + fm.ascent()),
                     unitName.isEmpty() ? m_title : tr("%1 (%2)").arg(m_title, unitName));
    painter.setFont(font());
    if (!m_references.isEmpty())
        painter.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         m_references.key());
    if (!m_plot.isValid())
        return;
    QPen gridPen(grid, 0, Qt::DotLine);
    for (const auto &[rect, v] : valueLabels()) {
        const int y = rect.center().y();
        painter.setPen(gridPen);
        painter.drawLine(m_plot.left(), y, m_plot.right(), y);
        painter.setPen(text);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, MetricFormat::format(v, m_unit));
    }
    const int maxLabels = std::max(2, m_plot.width() / (fm.horizontalAdvance(QStringLiteral("00:00:00")) + 24));
    const double step = AxisTicks::timeStep(m_start, m_end, maxLabels);
    const QString format = step >= 86400 ? QStringLiteral("MMM d") : step >= 60 ? QStringLiteral("HH:mm")
                                                                                  : QStringLiteral("HH:mm:ss");
    for (double t : AxisTicks::times(m_start, m_end, maxLabels)) {
        const int x = int(std::round(xAt(t)));
        painter.setPen(gridPen);
        painter.drawLine(x, m_plot.top(), x, m_plot.bottom());
        painter.setPen(text);
        const QString label = QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).toString(format);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QPoint(std::clamp(x - w / 2, 0, width() - w), m_plot.bottom() + 4 + fm.ascent()), label);
    }
    painter.setPen(QPen(text, 0));
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());
}

void TimeSeriesChart::paintLegend(QPainter &painter) const
{
    const QFontMetrics fm = fontMetrics();
    for (qsizetype i = 0; i < m_legend.size(); ++i) {
        const QRect r = m_legend.at(i);
        const bool visible = m_store.isVisible(i);
        const QColor c = SeriesPainter::colour(m_store.colourIndex(i));
        const QRect swatch(r.left(), r.center().y() - kSwatch / 2, kSwatch, kSwatch);
        painter.setPen(c);
        painter.setBrush(visible ? QBrush(c) : Qt::NoBrush);
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(visible ? QPalette::Text : QPalette::PlaceholderText));
        QFont f = font();
        f.setStrikeOut(!visible);
        painter.setFont(f);
        painter.drawText(r.adjusted(kSwatch + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_store.name(i), Qt::ElideMiddle, r.width() - kSwatch - 3));
    }
    painter.setFont(font());
    painter.setBrush(Qt::NoBrush);
}

QString TimeSeriesChart::hoverText() const
{
    if (!m_hover.isValid())
        return {};
    const double t = double(m_hover.toMSecsSinceEpoch()) / 1000;
    QStringList lines{QLocale().toString(m_hover.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    int shown = 0;
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        if (!m_store.isVisible(i))
            continue;
        const auto value = m_store.valueAt(i, t, std::max(m_step, 1.0) * 1.5);
        if (!value)
            continue;
        if (++shown > kMaxHoverLines) {
            lines.append(tr("…"));
            break;
        }
        lines.append(tr("%1: %2").arg(m_store.name(i), MetricFormat::format(value->y(), m_unit)));
    }
    if (shown <= kMaxHoverLines)
        lines.append(m_references.valuesAt(t, std::max(m_step, 1.0) * 1.5, m_unit));
    return lines.join(u'\n');
}

void TimeSeriesChart::paintHover(QPainter &painter) const
{
    if (!m_hover.isValid() || !m_plot.isValid())
        return;
    const double x = xAt(double(m_hover.toMSecsSinceEpoch()) / 1000);
    if (x < m_plot.left() || x > m_plot.right())
        return;
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    const QString text = hoverText();
    const QFontMetrics fm = fontMetrics();
    QRect box = fm.boundingRect(QRect(0, 0, 600, 2000), Qt::AlignLeft, text).adjusted(-5, -3, 5, 3);
    box.moveTopLeft(QPoint(int(x) + 10, m_plot.top() + 4));
    if (box.right() > m_plot.right())
        box.moveRight(int(x) - 10);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::ToolTipBase));
    painter.drawRect(box);
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(box.adjusted(5, 3, -5, -3), Qt::AlignLeft, text);
}

void TimeSeriesChart::setMarker(const QDateTime &time)
{
    m_hover = time;
    update();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_plot.contains(pos.toPoint())) {
        if (m_hover.isValid()) {
            m_hover = {};
            update();
        }
        return;
    }
    m_hover = QDateTime::fromMSecsSinceEpoch(qint64(timeAt(pos.x()) * 1000));
    update();
    emit timeHovered(m_hover);
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    for (qsizetype i = 0; i < m_legend.size(); ++i) {
        if (!m_legend.at(i).contains(event->position().toPoint()))
            continue;
        const bool visible = !m_store.isVisible(i);
        m_store.setVisible(i, visible);
        invalidateSeries();
        emit seriesVisibilityChanged(i, visible);
        return;
    }
    QWidget::mousePressEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hover = {};
    update();
}

} // namespace ps
