#pragma once

#include "ids.h"

#include <QScrollArea>

class QLabel;
class QStackedWidget;

namespace ps {

class PipelineDocument;
class PipelinePropertiesForm;
class ResourceAdvisor;
class TaskPropertiesForm;

// The Properties dock: the selected task's form, the pipeline's when nothing is selected,
// a count when several tasks are.
class PropertiesPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit PropertiesPanel(PipelineDocument *document, QWidget *parent = nullptr);

    void showSelection(const QString &graphKey, const QList<TaskId> &tasks);
    // Before any pipeline is open there is nothing to edit.
    void showNothing();
    TaskPropertiesForm *taskForm() const { return m_task; }
    // Resource suggestions from past runs beside the task's requests and limits.
    void setAdvisor(ResourceAdvisor *advisor);
    PipelinePropertiesForm *pipelineForm() const { return m_pipeline; }

private:
    QStackedWidget *m_stack;
    TaskPropertiesForm *m_task;
    PipelinePropertiesForm *m_pipeline;
    QLabel *m_many;
};

} // namespace ps
