#include "rundialog.h"

#include "fieldrules.h"
#include "runbackend.h"
#include "typewords.h"
#include "validatedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ps {

RunDialog::RunDialog(const Pipeline &pipeline, const QList<RunBackend *> &backends, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_backends(backends)
    , m_target(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_experiment(new QComboBox(this))
    , m_caching(new QCheckBox(tr("Reuse cached results of unchanged tasks"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run “%1”").arg(pipeline.name));
    for (RunBackend *b : backends)
        m_target->addItem(b->name());
    m_name->setPlaceholderText(tr("chosen by the backend"));
    m_caching->setChecked(true);
    m_experiment->setEditable(true);
    m_experiment->setToolTip(tr("An experiment of the server, or the name of a new one"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Run on:"), m_target);
    form->addRow(tr("When:"), buildWhen());
    form->addRow(tr("Run name:"), m_name);
    form->addRow(tr("Experiment:"), m_experiment);
    form->addRow(QString(), m_caching);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildParameters(), 1);
    layout->addWidget(buildConfirmation());
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RunDialog::backendChanged);
    backendChanged();
    resize(560, sizeHint().height());
}

QWidget *RunDialog::buildParameters()
{
    auto *box = new QGroupBox(tr("Parameters"), this);
    auto *form = new QFormLayout;
    if (m_pipeline.parameters.isEmpty())
        form->addRow(new QLabel(tr("This pipeline has no parameters."), box));
    for (const PortSpec &port : m_pipeline.parameters) {
        QWidget *field = nullptr;
        if (port.type.kind() == TypeSpec::Kind::Boolean) {
            auto *check = new QCheckBox(box);
            check->setChecked(port.defaultValue.toBool());
            m_booleans.insert(port.name, check);
            field = check;
        } else {
            auto *edit = new ValidatedLineEdit(box);
            if (port.hasDefault())
                edit->setValue(FieldRules::constantText(port.defaultValue));
            edit->setPlaceholderText(port.isRequired() ? tr("required") : tr("optional"));
            connect(edit, &QLineEdit::textChanged, this, &RunDialog::validate);
            m_fields.insert(port.name, edit);
            field = edit;
        }
        field->setToolTip(port.description);
        field->setObjectName(QStringLiteral("parameter-") + port.name);
        form->addRow(tr("%1 (%2):", "parameter name (its type in words)").arg(port.name, TypeWords::of(port.type)), field);
    }
    box->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(box);
    return scroll;
}

QWidget *RunDialog::buildWhen()
{
    m_when = new QWidget(this);
    auto *layout = new QVBoxLayout(m_when);
    layout->setContentsMargins(0, 0, 0, 0);
    m_once = new QRadioButton(tr("Run once now"), m_when);
    m_schedule = new QRadioButton(m_when);
    m_once->setChecked(true);
    layout->addWidget(m_once);
    layout->addWidget(m_schedule);
    connect(m_schedule, &QRadioButton::toggled, this, &RunDialog::updateWhen);
    return m_when;
}

void RunDialog::updateWhen()
{
    RunBackend *b = backend();
    const bool offered = b && b->hasSchedules() && m_pipeline.schedule && !m_pipeline.schedule->cron.isEmpty();
    m_form->setRowVisible(m_when, offered);
    if (!offered) {
        m_once->setChecked(true);
    } else {
        m_schedule->setText(b->scheduleChoiceText(m_pipeline.schedule->cron));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(createsSchedule() ? tr("Create Schedule") : tr("Run"));
}

QWidget *RunDialog::buildConfirmation()
{
    m_confirmation = new QGroupBox(tr("Confirm what will run"), this);
    auto *layout = new QVBoxLayout(m_confirmation);
    auto *text = new QLabel(tr("This pipeline has not been run on this machine before, or it changed since. "
                               "It will run these commands with your user's rights:"),
                            m_confirmation);
    text->setWordWrap(true);
    m_commands = new QPlainTextEdit(m_confirmation);
    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setMaximumHeight(160);
    m_trust = new QCheckBox(tr("I have read these commands and trust them"), m_confirmation);
    connect(m_trust, &QCheckBox::toggled, this, &RunDialog::validate);
    layout->addWidget(text);
    layout->addWidget(m_commands);
    layout->addWidget(m_trust);
    return m_confirmation;
}

void RunDialog::backendChanged()
{
    RunBackend *b = backend();
    const QStringList commands = b ? b->confirmationNeeded(m_pipeline) : QStringList();
    m_confirmation->setVisible(!commands.isEmpty());
    m_commands->setPlainText(commands.join(u'\n'));
    m_trust->setChecked(false);
    const bool experiments = b && b->groupsRunsInExperiments();
    m_form->setRowVisible(m_experiment, experiments);
    m_experiment->clear();
    m_experiment->lineEdit()->setPlaceholderText(QString());
    updateWhen();
    if (experiments)
        b->experiments().then(this, [this, b](const BackendResult<QStringList> &listed) {
            if (backend() != b || m_experiment->count() > 0)
                return;
            if (!listed.ok()) {
                m_experiment->lineEdit()->setPlaceholderText(tr("The experiments could not be read (%1); type a name").arg(listed.error));
                return;
            }
            const QStringList &names = listed.value;
            const QString typed = m_experiment->currentText();
            m_experiment->addItems(names);
            if (!typed.isEmpty())
                m_experiment->setCurrentText(typed);
        });
    validate();
}

QString RunDialog::fieldProblem(const PortSpec &port) const
{
    const ValidatedLineEdit *edit = m_fields.value(port.name);
    if (!edit)
        return {};
    if (edit->text().isEmpty())
        return port.isRequired() ? tr("a value is required") : QString();
    QJsonValue value;
    return FieldRules::constant(port.type, edit->text(), &value);
}

void RunDialog::validate()
{
    m_problem.clear();
    for (const PortSpec &port : m_pipeline.parameters) {
        const QString problem = fieldProblem(port);
        if (ValidatedLineEdit *edit = m_fields.value(port.name))
            edit->setProblem(problem);
        if (!problem.isEmpty() && m_problem.isEmpty())
            m_problem = tr("parameter '%1': %2").arg(port.name, problem);
    }
    if (m_problem.isEmpty() && !backend())
        m_problem = tr("no backend to run on");
    if (m_problem.isEmpty() && m_confirmation->isVisibleTo(this) && !m_trust->isChecked())
        m_problem = tr("confirm the commands first");
    QPushButton *run = m_buttons->button(QDialogButtonBox::Ok);
    run->setEnabled(m_problem.isEmpty());
    run->setToolTip(m_problem);
}

void RunDialog::setParameters(const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (ValidatedLineEdit *edit = m_fields.value(it.key()))
            edit->setText(it.value());
        else if (QCheckBox *check = m_booleans.value(it.key()))
            check->setChecked(it.value() == QStringLiteral("true") || it.value() == QStringLiteral("True") || it.value() == QStringLiteral("1"));
    }
    validate();
}

void RunDialog::setBackend(RunBackend *backend)
{
    const int index = int(m_backends.indexOf(backend));
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void RunDialog::setRunName(const QString &name) { m_name->setText(name); }

RunBackend *RunDialog::backend() const
{
    const int index = m_target->currentIndex();
    return index >= 0 && index < m_backends.size() ? m_backends[index] : nullptr;
}

RunRequest RunDialog::request() const
{
    RunRequest r;
    r.displayName = m_name->text().trimmed();
    r.cachingEnabled = m_caching->isChecked();
    if (backend() && backend()->groupsRunsInExperiments())
        r.experiment = m_experiment->currentText().trimmed();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (!it.value()->text().isEmpty())
            r.parameters.insert(it.key(), it.value()->text());
    for (auto it = m_booleans.cbegin(); it != m_booleans.cend(); ++it)
        r.parameters.insert(it.key(), it.value()->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    return r;
}

bool RunDialog::createsSchedule() const { return m_when->isVisibleTo(this) && m_schedule->isChecked(); }

bool RunDialog::confirmedCommands() const { return m_confirmation->isVisibleTo(this) && m_trust->isChecked(); }

QString RunDialog::problem() const { return m_problem; }

} // namespace ps
