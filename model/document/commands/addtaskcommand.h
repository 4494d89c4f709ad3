#pragma once

#include "componentspec.h"
#include "task.h"

#include <QUndoCommand>

#include <optional>

namespace ps {

class PipelineDocument;

// Adds a task to a graph; brings its component into the pipeline when it is not there yet.
class AddTaskCommand : public QUndoCommand
{
public:
    AddTaskCommand(PipelineDocument *document, QString graph, Task task,
                   std::optional<ComponentSpec> component = std::nullopt, QUndoCommand *parent = nullptr);

    // A new task instantiating `component` at `position`: named after the component, and
    // bringing the component along (under a fresh key when the pipeline has a different
    // component of that key).
    static AddTaskCommand *instantiate(PipelineDocument *document, const QString &graph, ComponentSpec component,
                                       QPointF position);

    TaskId taskId() const { return m_task.id; }
    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_graph;
    Task m_task;
    std::optional<ComponentSpec> m_component;
    bool m_addsComponent = false;
};

} // namespace ps
