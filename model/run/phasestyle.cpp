#include "phasestyle.h"

#include "themepalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ps {
namespace {

QPixmap discPixmap(const QColor &colour, bool ring, qreal ratio)
{
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ThemePalette::current().isDark() ? colour.lighter(130) : colour.darker(130), 1.5));
    painter.setBrush(ring ? QBrush(Qt::NoBrush) : QBrush(colour));
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return pixmap;
}

// Drawn at 1× and 2×, so the disc stays crisp on high-density screens.
QIcon disc(const QColor &colour, bool ring)
{
    QIcon icon;
    icon.addPixmap(discPixmap(colour, ring, 1.0));
    icon.addPixmap(discPixmap(colour, ring, 2.0));
    return icon;
}

} // namespace

QColor PhaseStyle::colour(TaskPhase phase)
{
    return ThemePalette::current().phaseFill(phase);
}

QColor PhaseStyle::colour(RunPhase phase)
{
    return ThemePalette::current().phaseFill(phase);
}

QIcon PhaseStyle::icon(TaskPhase phase)
{
    // One icon per phase and theme: a theme switch must not show the other theme's discs.
    static QHash<int, QIcon> cache;
    const int key = int(phase) * 2 + (ThemePalette::current().isDark() ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, disc(colour(phase), phase == TaskPhase::Pending));
    return *it;
}

QIcon PhaseStyle::icon(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Pending: return icon(TaskPhase::Pending);
    case RunPhase::Running: return icon(TaskPhase::Running);
    case RunPhase::Succeeded: return icon(TaskPhase::Succeeded);
    case RunPhase::Failed: return icon(TaskPhase::Failed);
    case RunPhase::Error: return icon(TaskPhase::Error);
    }
    return {};
}

} // namespace ps
