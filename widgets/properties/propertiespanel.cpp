#include "propertiespanel.h"

#include "pipelinepropertiesform.h"
#include "taskpropertiesform.h"

#include <QLabel>
#include <QStackedWidget>

namespace ps {

PropertiesPanel::PropertiesPanel(PipelineDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_stack(new QStackedWidget(this))
    , m_task(new TaskPropertiesForm(document, m_stack))
    , m_pipeline(new PipelinePropertiesForm(document, m_stack))
    , m_many(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("Properties"));
    m_many->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_many->setMargin(20);
    m_many->setWordWrap(true);
    m_stack->addWidget(m_pipeline);
    m_stack->addWidget(m_task);
    m_stack->addWidget(m_many);
    setWidget(m_stack);
    setWidgetResizable(true);
    showNothing();
}

void PropertiesPanel::setAdvisor(ResourceAdvisor *advisor) { m_task->setAdvisor(advisor); }

void PropertiesPanel::showNothing()
{
    m_many->setText(tr("Open or create a pipeline to see its properties here."));
    m_stack->setCurrentWidget(m_many);
}

void PropertiesPanel::showSelection(const QString &graphKey, const QList<TaskId> &tasks)
{
    if (tasks.size() == 1) {
        m_task->setTask(graphKey, tasks.first());
        m_stack->setCurrentWidget(m_task);
    } else if (tasks.isEmpty()) {
        m_pipeline->reload();
        m_stack->setCurrentWidget(m_pipeline);
    } else {
        m_many->setText(tr("%n tasks selected", nullptr, int(tasks.size())));
        m_stack->setCurrentWidget(m_many);
    }
}

} // namespace ps
