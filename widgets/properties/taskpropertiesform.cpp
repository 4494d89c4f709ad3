#include "taskpropertiesform.h"

#include "typewords.h"

#include "bindingeditor.h"
#include "codeedit.h"
#include "commandlinetext.h"
#include "fieldrules.h"
#include "formheading.h"
#include "nodegeometry.h"
#include "pipelinedocument.h"
#include "resourceadvisor.h"
#include "rightsizer.h"
#include "setbindingcommand.h"
#include "setcomponentcommand.h"
#include "settaskcommand.h"
#include "tasksettingsform.h"
#include "validatedlineedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ps {

TaskPropertiesForm::TaskPropertiesForm(PipelineDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new ValidatedLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_component(new QLabel(this))
    , m_inputs(new QWidget(this))
    , m_inputsLayout(new QFormLayout(m_inputs))
    , m_image(new ValidatedLineEdit(this))
    , m_commandLabel(new QLabel(this))
    , m_command(new CodeEdit(this))
    , m_interpreter(new QLineEdit(this))
    , m_source(new CodeEdit(this))
    , m_settings(new TaskSettingsForm(this))
{
    setObjectName(QStringLiteral("TaskProperties"));
    m_name->setObjectName(QStringLiteral("taskName"));
    m_image->setObjectName(QStringLiteral("image"));
    m_source->setObjectName(QStringLiteral("script"));
    m_command->setObjectName(QStringLiteral("command"));
    m_component->setWordWrap(true);
    m_inputsLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Label:"), m_displayName);
    form->addRow(tr("Component:"), m_component);
    form->addRow(formHeading(tr("Inputs"), this));
    form->addRow(m_inputs);
    form->addRow(formHeading(tr("Implementation"), this));
    form->addRow(tr("Image:"), m_image);
    form->addRow(m_commandLabel);
    form->addRow(m_command);
    form->addRow(tr("Interpreter:"), m_interpreter);
    form->addRow(m_source);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_settings);
    layout->addStretch();

    connect(m_name, &ValidatedLineEdit::committed, this, &TaskPropertiesForm::commitName);
    connect(m_displayName, &QLineEdit::editingFinished, this, [this] {
        const Task *task = m_document->pipeline().graph(m_graphKey)->task(m_task);
        if (!task || task->displayName == m_displayName->text())
            return;
        Task changed = *task;
        changed.displayName = m_displayName->text();
        m_committing = true;
        m_document->push(new SetTaskCommand(m_document, m_graphKey, changed, tr("Set label of %1").arg(task->name)));
        m_committing = false;
    });
    connect(m_settings, &TaskSettingsForm::settingsEdited, this, [this](const TaskSettings &settings, const QString &what) {
        const Task *task = m_document->pipeline().graph(m_graphKey)->task(m_task);
        if (!task || task->settings == settings)
            return;
        Task changed = *task;
        changed.settings = settings;
        m_committing = true;
        m_document->push(new SetTaskCommand(m_document, m_graphKey, changed, tr("%1 of %2").arg(what, task->name)));
        m_committing = false;
        m_settings->acceptSettings(settings);
    });
    auto componentOf = [this]() -> std::optional<ComponentSpec> {
        const Task *task = m_document->pipeline().graph(m_graphKey)->task(m_task);
        const ComponentSpec *c = task ? m_document->pipeline().component(task->component) : nullptr;
        return c ? std::optional<ComponentSpec>(*c) : std::nullopt;
    };
    connect(m_image, &ValidatedLineEdit::committed, this, [this, componentOf](const QString &text) {
        std::optional<ComponentSpec> c = componentOf();
        m_image->setProblem(text.trimmed().isEmpty() ? tr("A step needs an image to run in.") : QString());
        if (!c || !m_image->problem().isEmpty())
            return;
        c->implementation.image = text.trimmed();
        commitComponent(*c, tr("Set image"));
    });
    connect(m_command, &CodeEdit::committed, this, [this, componentOf](const QString &text) {
        std::optional<ComponentSpec> c = componentOf();
        if (!c)
            return;
        // The first line is the program, the rest its arguments.
        CommandLine line = CommandLineText::fromText(text);
        c->implementation.command = line.empty() ? CommandLine() : CommandLine(line.begin(), line.begin() + 1);
        c->implementation.args = line.size() > 1 ? CommandLine(line.begin() + 1, line.end()) : CommandLine();
        commitComponent(*c, tr("Edit command"));
    });
    connect(m_interpreter, &QLineEdit::editingFinished, this, [this, componentOf] {
        std::optional<ComponentSpec> c = componentOf();
        const QStringList interpreter = m_interpreter->text().split(u' ', Qt::SkipEmptyParts);
        if (!c || c->implementation.interpreter == interpreter)
            return;
        c->implementation.interpreter = interpreter;
        commitComponent(*c, tr("Set interpreter"));
    });
    connect(m_source, &CodeEdit::committed, this, [this, componentOf](const QString &text) {
        std::optional<ComponentSpec> c = componentOf();
        if (!c)
            return;
        c->implementation.source = text;
        commitComponent(*c, tr("Edit script"));
    });
    auto reloadIfShown = [this](const QString &graph, TaskId id) {
        if (!m_committing && graph == m_graphKey && id == m_task)
            reload();
    };
    connect(document, &PipelineDocument::taskChanged, this, reloadIfShown);
    connect(document, &PipelineDocument::bindingChanged, this, reloadIfShown);
    connect(document, &PipelineDocument::componentsChanged, this, [this] {
        if (!m_committing)
            reload();
    });
    connect(document, &PipelineDocument::parametersChanged, this, &TaskPropertiesForm::rebuildInputs);
}

void TaskPropertiesForm::setAdvisor(ResourceAdvisor *advisor)
{
    if (m_advisor)
        disconnect(m_advisor, nullptr, this, nullptr);
    m_advisor = advisor;
    if (advisor)
        connect(advisor, &ResourceAdvisor::changed, this, &TaskPropertiesForm::showSuggestion);
    showSuggestion();
}

void TaskPropertiesForm::showSuggestion()
{
    const Graph *graph = m_document->pipeline().graph(m_graphKey);
    const Task *task = graph ? graph->task(m_task) : nullptr;
    if (!m_advisor || !task) {
        m_settings->setSuggestion(std::nullopt);
        return;
    }
    const Pipeline &pipeline = m_document->pipeline();
    m_settings->setSuggestion(RightSizer::find(m_advisor->suggestions(pipeline.name), pipeline, m_graphKey, task->name));
}

void TaskPropertiesForm::setTask(const QString &graphKey, TaskId id)
{
    m_graphKey = graphKey;
    m_task = id;
    reload();
}

void TaskPropertiesForm::reload()
{
    const Graph *graph = m_document->pipeline().graph(m_graphKey);
    const Task *task = graph ? graph->task(m_task) : nullptr;
    if (!task)
        return;
    const ComponentSpec *c = m_document->pipeline().component(task->component);
    m_name->setValue(task->name);
    m_name->setProblem(FieldRules::taskName(m_document->pipeline(), m_graphKey, m_task, task->name));
    m_displayName->setText(task->displayName);
    int users = 0;
    for (const Task &t : graph->tasks())
        users += t.component == task->component ? 1 : 0;
    QString componentText = c ? (c->name.isEmpty() ? c->key : c->name) : tr("missing: %1").arg(task->component);
    if (users > 1)
        componentText = tr("%1 (shared by %2 tasks: editing it changes all of them)").arg(componentText).arg(users);
    m_component->setText(componentText);
    m_component->setToolTip(c ? c->description : QString());
    const Implementation::Kind kind = c ? c->implementation.kind : Implementation::Kind::Opaque;
    const bool container = kind == Implementation::Kind::Container;
    const bool script = kind == Implementation::Kind::Script;
    m_image->setEnabled(container || script);
    m_image->setValue(c ? c->implementation.image : QString());
    m_command->setVisible(container);
    m_commandLabel->setVisible(container);
    if (container) {
        CommandLine line = c->implementation.command;
        line.insert(line.end(), c->implementation.args.begin(), c->implementation.args.end());
        const bool editable = CommandLineText::isEditable(line);
        m_commandLabel->setText(editable ? tr("Command and arguments (one per line):")
                                         : tr("Command and arguments (structured; edit in the file):"));
        m_command->setReadOnly(!editable);
        m_command->setValue(CommandLineText::toText(line));
    }
    m_interpreter->setVisible(script);
    m_source->setVisible(script);
    if (script) {
        m_interpreter->setText(c->implementation.interpreter.join(u' '));
        m_source->setValue(c->implementation.source);
    }
    rebuildInputs();
    m_settings->setSettings(m_document->pipeline(), m_graphKey, task->settings);
    showSuggestion();
}

void TaskPropertiesForm::rebuildInputs()
{
    while (m_inputsLayout->rowCount() > 0)
        m_inputsLayout->removeRow(0);
    const Graph *graph = m_document->pipeline().graph(m_graphKey);
    const Task *task = graph ? graph->task(m_task) : nullptr;
    if (!task)
        return;
    const ComponentSpec *c = m_document->pipeline().component(task->component);
    const QStringList inputs = NodeGeometry::inputNames(*task, c);
    if (inputs.isEmpty())
        m_inputsLayout->addRow(new QLabel(tr("This component takes no inputs."), m_inputs));
    for (const QString &input : inputs) {
        const PortSpec *port = c ? c->input(input) : nullptr;
        auto *editor = new BindingEditor(m_document->pipeline(), m_graphKey, m_task, input, port, task->inputs.value(input), m_inputs);
        editor->setObjectName(QStringLiteral("input:") + input);
        editor->setToolTip(port ? port->description : QString());
        connect(editor, &BindingEditor::bindingEdited, this, [this, input](const Binding &binding) {
            const Task *t = m_document->pipeline().graph(m_graphKey)->task(m_task);
            if (!t || t->inputs.value(input) == binding)
                return;
            // The editor already shows the new binding; rebuilding it inside its own signal
            // would delete it under its feet.
            m_committing = true;
            m_document->push(new SetBindingCommand(m_document, m_graphKey, m_task, input, binding));
            m_committing = false;
        });
        // The type in words ("decimal number"), and a star when the input must be given.
        const QString label = !port                ? tr("%1:").arg(input)
                              : port->isRequired() ? tr("%1 (%2) *:", "input name (its type in words), required").arg(input, TypeWords::of(port->type))
                                                   : tr("%1 (%2):", "input name (its type in words)").arg(input, TypeWords::of(port->type));
        m_inputsLayout->addRow(label, editor);
    }
}

void TaskPropertiesForm::commitName(const QString &name)
{
    const Task *task = m_document->pipeline().graph(m_graphKey)->task(m_task);
    const QString problem = FieldRules::taskName(m_document->pipeline(), m_graphKey, m_task, name.trimmed());
    m_name->setProblem(problem);
    if (!task || !problem.isEmpty() || task->name == name.trimmed())
        return;
    Task changed = *task;
    changed.name = name.trimmed();
    m_committing = true;
    m_document->push(new SetTaskCommand(m_document, m_graphKey, changed, tr("Rename %1 to %2").arg(task->name, changed.name)));
    m_committing = false;
}

void TaskPropertiesForm::commitComponent(const ComponentSpec &component, const QString &what)
{
    const ComponentSpec *current = m_document->pipeline().component(component.key);
    if (current && *current == component)
        return;
    m_committing = true;
    m_document->push(new SetComponentCommand(m_document, component.key, component, what));
    m_committing = false;
}

} // namespace ps
