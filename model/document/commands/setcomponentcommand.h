#pragma once

#include "componentspec.h"

#include <QUndoCommand>

#include <optional>

namespace ps {

class PipelineDocument;

// Sets (or, with nullopt, removes) a component of the pipeline: editing an image,
// command or script is editing the component its tasks use.
class SetComponentCommand : public QUndoCommand
{
public:
    SetComponentCommand(PipelineDocument *document, QString key, std::optional<ComponentSpec> component,
                        const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    PipelineDocument *m_document;
    QString m_key;
    std::optional<ComponentSpec> m_before;
    std::optional<ComponentSpec> m_after;
};

} // namespace ps
