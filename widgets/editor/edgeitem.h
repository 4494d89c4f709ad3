#pragma once

#include "graph.h"

#include <QColor>
#include <QGraphicsItem>

namespace ps {

// A connection drawn between two ports: a plain value of ids (the model's Edge) and the
// two end points the scene gives it. Data edges take the output's colour; control edges
// ("run after") are dashed. Only the ends are stored; the curve is computed when painted.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(Edge edge, QColor colour);

    const Edge &edge() const { return m_edge; }
    void setEnds(QPointF from, QPointF to);
    QPointF start() const { return m_from; }
    QPointF end() const { return m_to; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QPainterPath curve(QPointF from, QPointF to);

private:
    Edge m_edge;
    QColor m_colour;
    QPointF m_from;
    QPointF m_to;
};

} // namespace ps
