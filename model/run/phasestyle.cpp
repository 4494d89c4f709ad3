#include "phasestyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ps {
namespace {

QIcon disc(const QColor &colour, bool ring)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1.5));
    painter.setBrush(ring ? QBrush(Qt::NoBrush) : QBrush(colour));
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

QColor PhaseStyle::colour(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Pending: return QColor(0x9e, 0x9e, 0x9e);
    case TaskPhase::Running: return QColor(0x1e, 0x88, 0xe5);
    case TaskPhase::Succeeded: return QColor(0x43, 0xa0, 0x47);
    case TaskPhase::Failed: return QColor(0xe5, 0x39, 0x35);
    case TaskPhase::Error: return QColor(0x8e, 0x24, 0xaa);
    case TaskPhase::Skipped: return QColor(0xbd, 0xbd, 0xbd);
    case TaskPhase::Omitted: return QColor(0xd7, 0xcc, 0xc8);
    case TaskPhase::Cached: return QColor(0x00, 0x89, 0x7b);
    }
    return {};
}

QColor PhaseStyle::colour(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Pending: return colour(TaskPhase::Pending);
    case RunPhase::Running: return colour(TaskPhase::Running);
    case RunPhase::Succeeded: return colour(TaskPhase::Succeeded);
    case RunPhase::Failed: return colour(TaskPhase::Failed);
    case RunPhase::Error: return colour(TaskPhase::Error);
    }
    return {};
}

QIcon PhaseStyle::icon(TaskPhase phase)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(phase));
    if (it == cache.end())
        it = cache.insert(int(phase), disc(colour(phase), phase == TaskPhase::Pending));
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
