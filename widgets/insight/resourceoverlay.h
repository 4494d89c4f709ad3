#pragma once

#include "resourcefit.h"

#include <QGraphicsObject>
#include <QList>
#include <QPainterPath>

namespace ps {

// The run graph's resource overlay: under each task two small bars, CPU and memory, filled
// to the task's peak on a scale up to the largest of peak, request and limit, with a tick at
// the request and a heavier one at the limit. Green is fine; amber marks waste (far less
// used than requested), red risk (near the limit). One item for every task, like the edge
// layer; only the bars take the mouse (for their tooltip), clicks go through to the tasks.
// A QGraphicsObject, so a view can tell (QPointer) when a scene rebuild deleted it.
class ResourceOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    static constexpr qreal kStripHeight = 22;
    static constexpr qreal kGap = 3;

    struct Entry {
        QRectF task;           // the task's box in scene coordinates
        ResourceFit cpu;
        ResourceFit memory;
        QString tip;
    };

    ResourceOverlay();
    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    static QRectF stripOf(const QRectF &task);
    static QColor colourOf(ResourceFit::Verdict verdict);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintBar(QPainter *painter, const QRectF &track, const ResourceFit &fit) const;

    QList<Entry> m_entries;
    QRectF m_bounds;
    QPainterPath m_shape;
};

} // namespace ps
