#include "pipelinepropertiesform.h"

#include "codeedit.h"
#include "fieldrules.h"
#include "keyvaluetable.h"
#include "pipelinedocument.h"
#include "setparameterscommand.h"
#include "setpipelineinfocommand.h"
#include "settaskcommand.h"
#include "validatedlineedit.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ps {

namespace {

// Types as people write them in the table (KFP's spelling), and back.
QString typeText(const TypeSpec &type)
{
    switch (type.kind()) {
    case TypeSpec::Kind::String: return QStringLiteral("String");
    case TypeSpec::Kind::Integer: return QStringLiteral("Integer");
    case TypeSpec::Kind::Double: return QStringLiteral("Float");
    case TypeSpec::Kind::Boolean: return QStringLiteral("Boolean");
    case TypeSpec::Kind::List: return QStringLiteral("List");
    case TypeSpec::Kind::Struct: return QStringLiteral("Dict");
    case TypeSpec::Kind::Any: return QString();
    default: return type.toText();
    }
}

TypeSpec typeFrom(const QString &text)
{
    TypeSpec type;
    if (TypeSpec::fromText(text, &type))
        return type;
    return TypeSpec::fromKfpV1(text);
}

} // namespace

PipelinePropertiesForm::PipelinePropertiesForm(PipelineDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new ValidatedLineEdit(this))
    , m_description(new CodeEdit(this))
    , m_schedule(new ValidatedLineEdit(this))
    , m_parameters(new KeyValueTable({tr("Name"), tr("Type"), tr("Default")}, this))
    , m_exitHandler(new QComboBox(this))
{
    setObjectName(QStringLiteral("PipelineProperties"));
    m_name->setObjectName(QStringLiteral("pipelineName"));
    m_description->setFont(QApplication::font());
    m_description->setLineWrapMode(CodeEdit::WidgetWidth);
    m_description->setMinimumHeight(60);
    m_description->setMaximumHeight(100);
    m_schedule->setPlaceholderText(tr("cron, e.g. 0 2 * * * (empty: run on demand)"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Schedule:"), m_schedule);
    auto *parametersLabel = new QLabel(tr("Parameters (types: String, Integer, Float, Boolean, List, Dict):"), this);
    parametersLabel->setWordWrap(true);
    form->addRow(parametersLabel);
    form->addRow(m_parameters);
    form->addRow(tr("Exit handler:"), m_exitHandler);

    connect(m_name, &ValidatedLineEdit::committed, this, &PipelinePropertiesForm::commitInfo);
    connect(m_description, &CodeEdit::committed, this, &PipelinePropertiesForm::commitInfo);
    connect(m_schedule, &ValidatedLineEdit::committed, this, &PipelinePropertiesForm::commitInfo);
    connect(m_parameters, &KeyValueTable::edited, this, &PipelinePropertiesForm::commitParameters);
    connect(m_exitHandler, &QComboBox::activated, this, &PipelinePropertiesForm::commitExitHandler);
    connect(document, &PipelineDocument::infoChanged, this, &PipelinePropertiesForm::reload);
    connect(document, &PipelineDocument::parametersChanged, this, &PipelinePropertiesForm::reload);
    connect(document, &PipelineDocument::documentReset, this, &PipelinePropertiesForm::reload);
    reload();
}

void PipelinePropertiesForm::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const Pipeline &p = m_document->pipeline();
    m_name->setValue(p.name);
    m_name->setProblem(FieldRules::pipelineName(p.name));
    m_description->setValue(p.description);
    m_schedule->setValue(p.schedule ? p.schedule->cron : QString());
    QList<QStringList> rows;
    for (const PortSpec &param : p.parameters)
        rows.append({param.name, typeText(param.type), param.hasDefault() ? FieldRules::constantText(param.defaultValue) : QString()});
    m_parameters->setRows(rows);
    m_exitHandler->clear();
    m_exitHandler->addItem(tr("(none)"));
    for (const Task &task : p.root.tasks()) {
        m_exitHandler->addItem(task.name, task.id.value);
        if (task.role == Task::Role::ExitHandler)
            m_exitHandler->setCurrentIndex(m_exitHandler->count() - 1);
    }
    m_loading = false;
}

void PipelinePropertiesForm::commitInfo()
{
    const Pipeline &p = m_document->pipeline();
    const QString name = m_name->text().trimmed();
    const QString cron = m_schedule->text().trimmed();
    m_name->setProblem(FieldRules::pipelineName(name));
    m_schedule->setProblem(FieldRules::cron(cron));
    if (!m_name->problem().isEmpty() || !m_schedule->problem().isEmpty())
        return;
    SetPipelineInfoCommand::Info info{name, m_description->toPlainText(), p.schedule};
    if (cron.isEmpty()) {
        info.schedule.reset();
    } else {
        Schedule schedule = p.schedule.value_or(Schedule());
        schedule.cron = cron;
        info.schedule = schedule;
    }
    if (info.name == p.name && info.description == p.description && info.schedule == p.schedule)
        return;
    m_document->push(new SetPipelineInfoCommand(m_document, info));
}

void PipelinePropertiesForm::commitParameters(const QList<QStringList> &rows)
{
    QList<PortSpec> parameters;
    QStringList problems;
    for (const QStringList &row : rows) {
        PortSpec p;
        p.name = row.value(0);
        if (const QString problem = FieldRules::parameterName(p.name); !problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(p.name, problem));
        for (const PortSpec &old : m_document->pipeline().parameters) {
            if (old.name == p.name)
                p = old;  // keep the description and anything the table does not show
        }
        p.type = typeFrom(row.value(1));
        if (!row.value(2).isEmpty()) {
            QJsonValue value;
            if (const QString problem = FieldRules::constant(p.type, row.value(2), &value); !problem.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(p.name, problem));
            p.defaultValue = value;
        } else {
            p.defaultValue = QJsonValue::Undefined;
        }
        parameters.append(p);
    }
    m_parameters->setToolTip(problems.join(u'\n'));
    m_parameters->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("QTableWidget { border: 2px solid #d32f2f; }"));
    if (!problems.isEmpty() || parameters == m_document->pipeline().parameters)
        return;
    m_loading = true;  // the table already shows the edit
    m_document->push(new SetParametersCommand(m_document, parameters, tr("Edit parameters")));
    m_loading = false;
}

void PipelinePropertiesForm::commitExitHandler(int index)
{
    const TaskId chosen{m_exitHandler->itemData(index).toUInt()};
    const Pipeline &p = m_document->pipeline();
    QList<Task> changes;
    for (const Task &task : p.root.tasks()) {
        const Task::Role role = task.id == chosen ? Task::Role::ExitHandler : Task::Role::Step;
        if (task.role != role) {
            Task changed = task;
            changed.role = role;
            changes.append(changed);
        }
    }
    if (changes.isEmpty())
        return;
    // Moving the role from one task to another is one step.
    m_document->undoStack()->beginMacro(tr("Set exit handler"));
    for (const Task &task : std::as_const(changes))
        m_document->push(new SetTaskCommand(m_document, QString(), task, tr("Set exit handler")));
    m_document->undoStack()->endMacro();
}

} // namespace ps
