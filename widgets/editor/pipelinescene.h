#pragma once

#include "diagnostic.h"
#include "edgelayer.h"
#include "sketchraster.h"
#include "graph.h"
#include "ids.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace ps {

class ConnectionDrag;
class PipelineDocument;
class TaskItem;

// Mirrors one graph of a PipelineDocument by ids: a TaskItem per task, a record in its
// EdgeLayer per edge, updated from the document's fine-grained signals. Gestures (moving tasks,
// dragging a connection) become undo commands on the document; the scene never changes
// the model any other way. In read-only mode (the run graph) nothing can be edited.
class PipelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit PipelineScene(PipelineDocument *document, QObject *parent = nullptr);
    ~PipelineScene() override;

    PipelineDocument *document() const { return m_document; }
    QString graphKey() const { return m_graphKey; }
    void setGraphKey(const QString &graphKey);
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }

    TaskItem *taskItem(TaskId id) const { return m_tasks.value(id); }
    int taskItemCount() const { return int(m_tasks.size()); }
    int edgeCount() const { return m_edges.count(); }
    QList<TaskId> selectedTaskIds() const;
    QList<Edge> selectedEdges() const;
    void selectTasks(const QList<TaskId> &ids);
    // Where a new task goes near `point` so it does not cover another one.
    QPointF freeSpotNear(QPointF point) const;
    // The bounding rectangle of all tasks (cheap: kept up to date as items move).
    QRectF tasksRect() const;

    // Edges are painted beneath the tasks by the scene itself (EdgeLayer), not as items.
    // Far out, the whole graph is drawn as one batch of lines and blocks (drawSketch)
    // instead of thousands of item paints. Task items stay in the scene without content,
    // so clicks and rubber bands still select them.
    void setSketchMode(bool sketch);
    bool isSketchMode() const { return m_sketch; }
    void drawSketch(QPainter *painter, const QRectF &exposed) const;

    void setProblems(const Diagnostics &diagnostics);
    void toggleExpanded(TaskId id);

    // Called by TaskItem while it moves.
    void taskItemMoved(TaskItem *item);

signals:
    void connectionHint(const QString &text);
    void taskActivated(ps::TaskId id);
    void subPipelineOpened(const QString &graphKey);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    // Every view (and render(), which the overview map uses) gets the sketch from here.
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addTask(const QString &graph, TaskId id);
    void removeTask(const QString &graph, TaskId id);
    void moveTask(const QString &graph, TaskId id);
    void refreshTask(const QString &graph, TaskId id);
    void refreshAllLooks();
    void rebuildEdgesInto(TaskId id);
    void removeEdge(EdgeLayer::Slot edge);
    void updateArea(const QRectF &area);
    void updateEdgeEnds(EdgeLayer::Slot edge);
    bool selectEdgeAt(QGraphicsSceneMouseEvent *event);
    void clearEdgeSelection();
    void placeUnpositioned();
    void commitMoves();
    const Graph *graph() const;

    PipelineDocument *m_document;
    QString m_graphKey;
    bool m_readOnly = false;
    bool m_snap = false;
    bool m_sketch = false;
    QHash<TaskId, TaskItem *> m_tasks;
    EdgeLayer m_edges;
    mutable SketchRaster m_sketchRaster;          // the far-out sketch's pixels, kept between frames
    QHash<TaskId, QString> m_problems;            // task → first problem
    QSet<TaskId> m_errorTasks;
    QSet<TaskId> m_expanded;
    std::unique_ptr<ConnectionDrag> m_drag;
    QHash<TaskId, QPointF> m_pressPositions;      // selected tasks' positions when a move began
    int m_gesture = 0;
};

} // namespace ps
