#include "edgeitem.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace ps {

EdgeItem::EdgeItem(Edge edge, QColor colour)
    : m_edge(std::move(edge))
    , m_colour(std::move(colour))
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    const qreal dx = std::max(40.0, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to)
{
    setPath(curve(from, to));
}

QPainterPath EdgeItem::shape() const
{
    // A generous band around the curve, so a thin edge is easy to click.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen(selected ? QApplication::palette().color(QPalette::Highlight) : m_colour, selected ? 3 : 1.6);
    if (m_edge.isControl())
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3) {
        // Far out, a straight line says the same and costs a fraction of a curve.
        const QPainterPath &p = path();
        painter->drawLine(p.pointAtPercent(0), p.currentPosition());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
}

} // namespace ps
