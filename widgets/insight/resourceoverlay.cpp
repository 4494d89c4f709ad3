#include "resourceoverlay.h"

#include "themepalette.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ResourceOverlay)
};

using Role = ThemePalette::Role;

} // namespace

ResourceOverlay::ResourceOverlay()
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(5);
}

QRectF ResourceOverlay::stripOf(const QRectF &task)
{
    return QRectF(task.left() + 6, task.bottom() + kGap, task.width() - 12, kStripHeight);
}

QColor ResourceOverlay::colourOf(ResourceFit::Verdict verdict)
{
    const ThemePalette &theme = ThemePalette::current();
    switch (verdict) {
    case ResourceFit::Verdict::Waste: return theme.colour(Role::WarningMark);
    case ResourceFit::Verdict::Risk: return theme.colour(Role::ErrorMark);
    case ResourceFit::Verdict::Fine: return theme.phaseFill(TaskPhase::Succeeded);
    case ResourceFit::Verdict::Unknown: break;
    }
    return theme.phaseFill(TaskPhase::Pending);
}

void ResourceOverlay::setEntries(QList<Entry> entries)
{
    prepareGeometryChange();
    m_entries = std::move(entries);
    m_bounds = QRectF();
    m_shape = QPainterPath();
    for (const Entry &e : m_entries) {
        const QRectF strip = stripOf(e.task);
        m_bounds |= strip;
        m_shape.addRect(strip);
    }
    update();
}

void ResourceOverlay::paintBar(QPainter *painter, const QRectF &track, const ResourceFit &fit) const
{
    const ThemePalette &theme = ThemePalette::current();
    painter->fillRect(track, theme.colour(Role::CanvasGrid));
    if (!fit.peak)
        return;
    const double scale = fit.scale() > 0 ? fit.scale() * 1.1 : 1.0;
    const auto xOf = [&](double v) { return track.left() + track.width() * std::clamp(v / scale, 0.0, 1.0); };
    painter->fillRect(QRectF(track.left(), track.top(), std::max(1.0, xOf(*fit.peak) - track.left()), track.height()),
                      colourOf(fit.verdict));
    painter->setPen(QPen(theme.colour(Role::SecondaryText), 1));
    if (fit.request)
        painter->drawLine(QPointF(xOf(*fit.request), track.top() - 1), QPointF(xOf(*fit.request), track.bottom() + 1));
    if (fit.limit) {
        painter->setPen(QPen(theme.colour(Role::Text), 2));
        painter->drawLine(QPointF(xOf(*fit.limit), track.top() - 1), QPointF(xOf(*fit.limit), track.bottom() + 1));
    }
}

void ResourceOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    const ThemePalette &theme = ThemePalette::current();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    QFont font = painter->font();
    font.setPixelSize(8);
    painter->setFont(font);
    for (const Entry &e : m_entries) {
        const QRectF strip = stripOf(e.task);
        if (!strip.intersects(exposed))
            continue;
        if (lod < 0.3) { // far out: one block in the worse colour
            const auto worse = std::max(e.cpu.verdict, e.memory.verdict);
            painter->fillRect(strip, colourOf(worse));
            continue;
        }
        QColor background = theme.colour(Role::Base);
        background.setAlpha(230);
        painter->fillRect(strip, background);
        const qreal labelWidth = 26;
        const QRectF cpu(strip.left() + labelWidth, strip.top() + 3, strip.width() - labelWidth - 3, 6);
        const QRectF memory(cpu.left(), cpu.bottom() + 4, cpu.width(), 6);
        painter->setPen(theme.colour(Role::SecondaryText));
        painter->drawText(QRectF(strip.left() + 2, cpu.top() - 2, labelWidth - 2, 10), Qt::AlignLeft | Qt::AlignVCenter,
                          Tr::tr("CPU", "resource overlay"));
        painter->drawText(QRectF(strip.left() + 2, memory.top() - 2, labelWidth - 2, 10), Qt::AlignLeft | Qt::AlignVCenter,
                          Tr::tr("Mem", "resource overlay: memory"));
        paintBar(painter, cpu, e.cpu);
        paintBar(painter, memory, e.memory);
    }
}

void ResourceOverlay::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    for (const Entry &e : m_entries)
        if (stripOf(e.task).contains(event->pos())) {
            setToolTip(e.tip);
            return;
        }
    setToolTip(QString());
}

} // namespace ps
