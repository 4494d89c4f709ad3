#pragma once

#include "ids.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace ps {

class CodeEdit;
class PipelineDocument;
class ResourceAdvisor;
class TaskSettingsForm;
class ValidatedLineEdit;
struct ComponentSpec;

// Properties of one task: name, component, inputs, the component's image and command or
// script, and the task's settings. Every edit is one undo command on the document.
class TaskPropertiesForm : public QWidget
{
    Q_OBJECT

public:
    explicit TaskPropertiesForm(PipelineDocument *document, QWidget *parent = nullptr);

    void setTask(const QString &graphKey, TaskId id);
    TaskId taskId() const { return m_task; }
    ValidatedLineEdit *nameEdit() const { return m_name; }
    TaskSettingsForm *settingsForm() const { return m_settings; }
    // Where resource suggestions come from (past runs of the pipeline); none: no suggestions.
    void setAdvisor(ResourceAdvisor *advisor);

private:
    void reload();
    void rebuildInputs();
    void commitName(const QString &name);
    void commitComponent(const ComponentSpec &component, const QString &what);
    void showSuggestion();

    PipelineDocument *m_document;
    QString m_graphKey;
    TaskId m_task;
    ValidatedLineEdit *m_name;
    QLineEdit *m_displayName;
    QLabel *m_component;
    QWidget *m_inputs;
    QFormLayout *m_inputsLayout;
    ValidatedLineEdit *m_image;
    QLabel *m_commandLabel;
    CodeEdit *m_command;
    QLineEdit *m_interpreter;
    CodeEdit *m_source;
    TaskSettingsForm *m_settings;
    QPointer<ResourceAdvisor> m_advisor;
    bool m_committing = false;
};

} // namespace ps
