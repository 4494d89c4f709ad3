#pragma once

#include "graph.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <vector>

class QPainter;

namespace ps {
class SketchRaster;
}

namespace ps {

// Every connection of a scene, drawn in one pass beneath the task items. Edges are not
// QGraphicsItems: an item costs about 380 bytes of Qt's private data plus entries in the
// scene's index for every cell a long curve crosses, and a 5,000-task graph has 10,000 of
// them. Here an edge is a small record (its model Edge, colour, ends and bounds) in a slot
// vector, found by task through an adjacency index, culled by bounds when painted and
// hit-tested by distance to its curve when clicked.
class EdgeLayer
{
public:
    using Slot = int;

    Slot add(Edge edge, QColor colour);
    void remove(Slot slot);
    void clear();

    // The slots of every edge touching a task (as source or target).
    QList<Slot> edgesOf(TaskId task) const { return m_edgesOf.value(task); }
    const Edge &edge(Slot slot) const { return m_records[size_t(slot)].edge; }
    QPointF start(Slot slot) const { return m_records[size_t(slot)].from; }
    QPointF end(Slot slot) const { return m_records[size_t(slot)].to; }
    int count() const { return m_count; }

    // Moves an edge's ends; returns the area to repaint (old and new bounds), empty if unchanged.
    QRectF setEnds(Slot slot, QPointF from, QPointF to);
    QRectF bounds(Slot slot) const { return m_records[size_t(slot)].bounds; }

    // Selection (edges only; task selection is the scene's). Each returns the area to repaint.
    QRectF setSelected(Slot slot, bool selected);
    QRectF clearSelection();
    QList<Edge> selectedEdges() const;
    bool isSelected(Slot slot) const { return m_records[size_t(slot)].selected; }

    // The edge whose curve passes within `tolerance` of `point` (the nearest), or -1.
    Slot edgeAt(QPointF point, qreal tolerance) const;

    // Curves (antialiased when `smooth`) of the edges crossing `exposed`, batched by pen.
    void paint(QPainter *painter, const QRectF &exposed, const QColor &highlight, bool smooth) const;
    // Straight lines, for the far-out sketch of the whole graph.
    void sketch(SketchRaster *raster, const QRectF &exposed) const;

    // The connection curve from an output port to an input port.
    static QPainterPath curve(QPointF from, QPointF to);

private:
    struct Record {
        Edge edge;
        QColor colour;
        QPointF from;
        QPointF to;
        QRectF bounds;
        bool alive = false;
        bool selected = false;
    };
    static QRectF boundsOf(QPointF from, QPointF to);
    template <typename F>
    void forEachIn(const QRectF &rect, F &&visit) const;

    std::vector<Record> m_records;
    std::vector<Slot> m_free;
    QHash<TaskId, QList<Slot>> m_edgesOf;
    int m_count = 0;
};

} // namespace ps
