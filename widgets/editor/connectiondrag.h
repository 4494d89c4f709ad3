#pragma once

#include "ids.h"

#include <QPointF>
#include <QString>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace ps {

class PipelineScene;
class TaskItem;

// One drag from an output port: draws the loose connection, asks the connection rules
// about the input under the pointer while it moves, and shows why a drop would be refused
// before the user lets go.
class ConnectionDrag
{
public:
    ConnectionDrag(PipelineScene *scene, TaskId from, QString output, QPointF start);
    ~ConnectionDrag();
    ConnectionDrag(const ConnectionDrag &) = delete;
    ConnectionDrag &operator=(const ConnectionDrag &) = delete;

    // Follows the pointer; returns the reason a drop here would be refused, or "" when it
    // would connect (or there is no input under the pointer).
    QString moveTo(QPointF scenePos);
    // Connects when the rules allow it. Returns false with the reason otherwise; an empty
    // reason means the drop was not on an input at all.
    bool finish(QPointF scenePos, QString *reason);

private:
    struct Target {
        TaskItem *item = nullptr;
        QString input;
    };
    Target targetAt(QPointF scenePos) const;
    QString whyNot(const Target &target) const;

    PipelineScene *m_scene;
    TaskId m_from;
    QString m_output;
    QPointF m_start;
    QGraphicsPathItem *m_line;
    QGraphicsSimpleTextItem *m_hint;
};

} // namespace ps
