#pragma once

#include "ids.h"
#include "tasklook.h"

#include <QGraphicsItem>

namespace ps {

class PipelineScene;

// A task's node. Holds its id and a TaskLook the scene gives it; paints from that alone.
// Ports are painted, not child items, so a 5,000-task graph stays light.
class TaskItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    TaskItem(TaskId id, TaskLook look);

    TaskId id() const { return m_id; }
    const TaskLook &look() const { return m_look; }
    void setLook(TaskLook look);
    // Run state overlay (the run graph): a fill colour and a short text such as "Running 12s".
    void setState(const QColor &colour, const QString &text);
    QColor stateColour() const { return m_stateColour; }

    // Port positions and hit tests in scene coordinates.
    QPointF inputPortPos(int index) const { return mapToScene(m_look.geometry.inputPort(index)); }
    QPointF outputPortPos(int index) const;
    int inputAt(QPointF scenePos) const;
    int outputAt(QPointF scenePos) const;
    // The port the keyboard is on, ringed in the accent colour; index -1: none.
    void setKeyboardPort(int index, bool input);
    // The expand/collapse toggle of a group node, in item coordinates.
    QRectF toggleRect() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintPorts(QPainter *painter) const;
    void paintBadges(QPainter *painter) const;
    void paintInner(QPainter *painter) const;
    PipelineScene *pipelineScene() const;
    QString portTooltip(const QString &port, bool input) const;

    TaskId m_id;
    TaskLook m_look;
    QColor m_stateColour;
    QString m_stateText;
    int m_keyboardPort = -1;
    bool m_keyboardInput = false;
};

} // namespace ps
