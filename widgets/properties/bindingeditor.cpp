#include "bindingeditor.h"

#include "connectionrules.h"
#include "fieldrules.h"
#include "pipeline.h"
#include "validatedlineedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStackedWidget>

namespace ps {

namespace {
enum Page { NotSet, Value, Parameter, Upstream, Item, Expression };
} // namespace

BindingEditor::BindingEditor(const Pipeline &pipeline, const QString &graphKey, TaskId task, const QString &input,
                             const PortSpec *port, const Binding &current, QWidget *parent)
    : QWidget(parent)
    , m_port(port)
    , m_kind(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_value(new ValidatedLineEdit(this))
    , m_parameter(new QComboBox(this))
    , m_upstream(new QComboBox(this))
    , m_item(new QLineEdit(this))
    , m_expression(new QLineEdit(this))
{
    m_kind->addItems({tr("not set"), tr("value"), tr("parameter"), tr("upstream output"), tr("loop item"), tr("expression")});
    m_stack->addWidget(new QWidget(this));
    m_stack->addWidget(m_value);
    m_stack->addWidget(m_parameter);
    m_stack->addWidget(m_upstream);
    m_stack->addWidget(m_item);
    m_stack->addWidget(m_expression);
    m_item->setPlaceholderText(tr("field (empty: the whole item)"));
    m_expression->setPlaceholderText(tr("e.g. {{tasks.a.outputs.result}}"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_stack, 1);

    if (const QList<PortSpec> *inputs = pipeline.graphInputs(graphKey)) {
        for (const PortSpec &p : *inputs)
            m_parameter->addItem(p.name);
    }
    const Graph *graph = pipeline.graph(graphKey);
    // Offer what the rules would allow if this input were free (it may be fed already).
    Pipeline probe = pipeline;
    if (Graph *g = probe.graph(graphKey); g && g->task(task))
        g->task(task)->inputs.remove(input);
    for (const Task &other : graph ? graph->tasks() : std::vector<Task>()) {
        const ComponentSpec *component = pipeline.component(other.component);
        if (other.id == task || !component)
            continue;
        for (const PortSpec &out : component->outputs) {
            if (ConnectionRules::whyNot(probe, graphKey, other.id, out.name, task, input).isEmpty())
                m_upstream->addItem(QStringLiteral("%1.%2").arg(other.name, out.name), QVariantList{other.id.value, out.name});
        }
    }

    switch (current.kind) {
    case Binding::Kind::None: m_kind->setCurrentIndex(NotSet); break;
    case Binding::Kind::Constant:
        m_kind->setCurrentIndex(Value);
        m_value->setValue(FieldRules::constantText(current.constant));
        break;
    case Binding::Kind::Parameter:
        m_kind->setCurrentIndex(Parameter);
        m_parameter->setCurrentText(current.parameter);
        break;
    case Binding::Kind::TaskOutput:
        m_kind->setCurrentIndex(Upstream);
        if (const Task *producer = graph ? graph->task(current.task) : nullptr)
            m_upstream->setCurrentText(QStringLiteral("%1.%2").arg(producer->name, current.output));
        break;
    case Binding::Kind::LoopItem:
        m_kind->setCurrentIndex(Item);
        m_item->setText(current.itemField);
        break;
    case Binding::Kind::Expression:
        m_kind->setCurrentIndex(Expression);
        m_expression->setText(current.expression);
        break;
    }
    m_stack->setCurrentIndex(m_kind->currentIndex());
    if (port && port->hasDefault())
        m_value->setPlaceholderText(tr("default: %1").arg(FieldRules::constantText(port->defaultValue)));

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int page) {
        m_stack->setCurrentIndex(page);
        // Choosing "value" waits for the value; the others commit at once.
        if (page != Value && page != Expression)
            commit();
    });
    connect(m_value, &ValidatedLineEdit::committed, this, &BindingEditor::commit);
    connect(m_parameter, &QComboBox::activated, this, &BindingEditor::commit);
    connect(m_upstream, &QComboBox::activated, this, &BindingEditor::commit);
    connect(m_item, &QLineEdit::editingFinished, this, &BindingEditor::commit);
    connect(m_expression, &QLineEdit::editingFinished, this, &BindingEditor::commit);
    m_loading = false;
}

void BindingEditor::commit()
{
    if (m_loading)
        return;
    Binding binding;
    switch (m_kind->currentIndex()) {
    case Value: {
        QJsonValue value;
        const QString problem = FieldRules::constant(m_port ? m_port->type : TypeSpec(), m_value->text(), &value);
        m_value->setProblem(problem);
        if (!problem.isEmpty())
            return;
        binding = Binding::constantValue(value);
        break;
    }
    case Parameter:
        if (m_parameter->currentText().isEmpty())
            return;
        binding = Binding::pipelineParameter(m_parameter->currentText());
        break;
    case Upstream: {
        const QVariantList data = m_upstream->currentData().toList();
        if (data.size() != 2)
            return;
        binding = Binding::taskOutput(TaskId{data.at(0).toUInt()}, data.at(1).toString());
        break;
    }
    case Item: binding = Binding::loopItem(m_item->text().trimmed()); break;
    case Expression:
        if (m_expression->text().trimmed().isEmpty())
            return;
        binding = Binding::fromExpression(m_expression->text().trimmed());
        break;
    default: break;
    }
    emit bindingEdited(binding);
}

} // namespace ps
