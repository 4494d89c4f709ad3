#pragma once

#include "task.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace ps {

class PipelineDocument;

// Moves tasks on the canvas. Consecutive moves of the same tasks with the same non-zero
// gesture id merge into one step, so a whole drag undoes at once.
class MoveTasksCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x5053'0001;

    MoveTasksCommand(PipelineDocument *document, QString graph, QHash<TaskId, QPointF> positions,
                     int gestureId = 0, QUndoCommand *parent = nullptr);

    int id() const override { return m_gestureId == 0 ? -1 : kId; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    QHash<TaskId, QPointF> m_after;
    QHash<TaskId, std::optional<QPointF>> m_before;
    int m_gestureId;
};

} // namespace ps
