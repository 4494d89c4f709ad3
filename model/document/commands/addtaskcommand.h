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
