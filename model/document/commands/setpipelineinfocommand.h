#pragma once

#include "schedule.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace ps {

class PipelineDocument;

// Sets the pipeline's name, description and schedule.
class SetPipelineInfoCommand : public QUndoCommand
{
public:
    struct Info {
        QString name;
        QString description;
        std::optional<Schedule> schedule;
    };

    SetPipelineInfoCommand(PipelineDocument *document, Info info, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    Info m_before;
    Info m_after;
};

} // namespace ps
