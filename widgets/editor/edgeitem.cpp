#include "edgeitem.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>

namespace ps {

namespace {

// The horizontal pull of the curve's control points.
qreal pull(QPointF from, QPointF to)
{
    return std::max(40.0, std::abs(to.x() - from.x()) / 2);
}

} // namespace

EdgeItem::EdgeItem(Edge edge, QColor colour)
    : m_edge(std::move(edge))
    , m_colour(std::move(colour))
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to)
{
    const qreal dx = pull(from, to);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to)
{
    if (from == m_from && to == m_to)
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
}

QRectF EdgeItem::boundingRect() const
{
    // The curve stays inside the hull of its control points.
    const qreal dx = pull(m_from, m_to);
    return QRectF(m_from, m_to).normalized().united(QRectF(m_from + QPointF(dx, 0), m_to - QPointF(dx, 0)).normalized())
        .adjusted(-4, -4, 4, 4);
}

QPainterPath EdgeItem::shape() const
{
    // A generous band around the curve, so a thin edge is easy to click.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(curve(m_from, m_to));
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    // 1 px cosmetic pens take Qt's fast stroker, which clips long curves to the viewport.
    QPen pen(selected ? QApplication::palette().color(QPalette::Highlight) : m_colour, selected ? 2.5 : 1.0);
    pen.setCosmetic(true);
    if (m_edge.isControl())
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    // The cubic evaluated directly, about one segment per 24 px of chord.
    const qreal dx = pull(m_from, m_to);
    const QPointF c1 = m_from + QPointF(dx, 0);
    const QPointF c2 = m_to - QPointF(dx, 0);
    const int segments = std::clamp(int(QLineF(m_from, m_to).length() / 24), 4, 64);
    QVarLengthArray<QPointF, 65> points(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const qreal t = qreal(i) / segments;
        const qreal u = 1 - t;
        points[i] = u * u * u * m_from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * m_to;
    }
    painter->setRenderHint(QPainter::Antialiasing, option->levelOfDetailFromTransform(painter->worldTransform()) >= 0.3);
    painter->drawPolyline(points.constData(), int(points.size()));
}

} // namespace ps
