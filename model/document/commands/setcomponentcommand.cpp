#include "setcomponentcommand.h"

#include "pipelinedocument.h"

namespace ps {

SetComponentCommand::SetComponentCommand(PipelineDocument *document, QString key, std::optional<ComponentSpec> component,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_key(std::move(key))
    , m_after(std::move(component))
{
    if (const ComponentSpec *current = document->pipeline().component(m_key))
        m_before = *current;
}

void SetComponentCommand::redo()
{
    m_document->applySetComponent(m_key, m_after);
}

void SetComponentCommand::undo()
{
    m_document->applySetComponent(m_key, m_before);
}

} // namespace ps
