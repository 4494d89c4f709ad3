#include "setpipelineinfocommand.h"

#include "pipelinedocument.h"

#include <QCoreApplication>

namespace ps {

SetPipelineInfoCommand::SetPipelineInfoCommand(PipelineDocument *document, Info info, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("SetPipelineInfoCommand", "Edit pipeline"), parent)
    , m_document(document)
    , m_after(std::move(info))
{
    const Pipeline &p = document->pipeline();
    m_before = {p.name, p.description, p.schedule};
}

void SetPipelineInfoCommand::redo()
{
    m_document->applySetInfo(m_after.name, m_after.description, m_after.schedule);
}

void SetPipelineInfoCommand::undo()
{
    m_document->applySetInfo(m_before.name, m_before.description, m_before.schedule);
}

} // namespace ps
