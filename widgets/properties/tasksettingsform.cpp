#include "tasksettingsform.h"

#include "fieldrules.h"
#include "formheading.h"
#include "keyvaluetable.h"
#include "pipeline.h"
#include "resourcequantity.h"
#include "rightsizer.h"
#include "validatedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace ps {

namespace {

QString volumeSourceName(VolumeMount::Source source)
{
    switch (source) {
    case VolumeMount::Source::EmptyDir: return QStringLiteral("emptyDir");
    case VolumeMount::Source::PersistentVolumeClaim: return QStringLiteral("pvc");
    case VolumeMount::Source::ConfigMap: return QStringLiteral("configMap");
    case VolumeMount::Source::Secret: return QStringLiteral("secret");
    case VolumeMount::Source::HostPath: return QStringLiteral("hostPath");
    case VolumeMount::Source::Other: return QStringLiteral("other");
    }
    return {};
}

VolumeMount::Source volumeSource(const QString &name)
{
    for (auto s : {VolumeMount::Source::EmptyDir, VolumeMount::Source::PersistentVolumeClaim, VolumeMount::Source::ConfigMap,
                   VolumeMount::Source::Secret, VolumeMount::Source::HostPath}) {
        if (volumeSourceName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return name.isEmpty() ? VolumeMount::Source::EmptyDir : VolumeMount::Source::Other;
}

} // namespace

TaskSettingsForm::TaskSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_env(new KeyValueTable({tr("Name"), tr("Value")}, this))
    , m_secretEnv(new KeyValueTable({tr("Name"), tr("Secret"), tr("Key")}, this))
    , m_volumes(new KeyValueTable({tr("Name"), tr("Mount path"), tr("Source"), tr("Claim / reference")}, this))
    , m_nodeSelector(new KeyValueTable({tr("Label"), tr("Value")}, this))
    , m_retries(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_caching(new QCheckBox(tr("Reuse earlier results when inputs are unchanged"), this))
    , m_loopKind(new QComboBox(this))
    , m_parallelism(new QSpinBox(this))
    , m_applySuggestions(new QPushButton(tr("Apply Suggestions"), this))
    , m_suggestionBasis(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(formHeading(tr("Environment"), this));
    form->addRow(m_env);
    form->addRow(tr("Secrets:"), m_secretEnv);
    form->addRow(formHeading(tr("Resources"), this));
    addLine(form, QStringLiteral("cpuRequest"), tr("CPU request:"), true);
    addLine(form, QStringLiteral("cpuLimit"), tr("CPU limit:"), true);
    addLine(form, QStringLiteral("memoryRequest"), tr("Memory request:"), true);
    addLine(form, QStringLiteral("memoryLimit"), tr("Memory limit:"), true);
    addLine(form, QStringLiteral("gpuLimit"), tr("GPUs:"));
    {
        auto *row = new QHBoxLayout;
        m_applySuggestions->setObjectName(QStringLiteral("applySuggestions"));
        m_applySuggestions->setToolTip(tr("Set the requests and limits to what past runs suggest (one undo step)"));
        m_suggestionBasis->setWordWrap(true);
        m_suggestionBasis->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
        row->addWidget(m_applySuggestions);
        row->addWidget(m_suggestionBasis, 1);
        form->addRow(row);
        m_applySuggestions->hide();
        m_suggestionBasis->hide();
    }
    form->addRow(formHeading(tr("Execution"), this));
    m_retries->setRange(0, 100);
    form->addRow(tr("Retries:"), m_retries);
    addLine(form, QStringLiteral("backoff"), tr("Retry backoff:"));
    m_timeout->setRange(0, 7 * 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(m_caching);
    addLine(form, QStringLiteral("condition"), tr("Run only if:"));
    m_loopKind->addItems({tr("no loop"), tr("for each item of a list"), tr("for each item of a parameter"), tr("for a count")});
    form->addRow(tr("Loop:"), m_loopKind);
    addLine(form, QStringLiteral("loop"), tr("Loop over:"));
    m_parallelism->setRange(0, 10000);
    m_parallelism->setSpecialValueText(tr("unlimited"));
    form->addRow(tr("At once:"), m_parallelism);
    form->addRow(formHeading(tr("Placement"), this));
    form->addRow(tr("Volumes:"), m_volumes);
    form->addRow(tr("Node selector:"), m_nodeSelector);

    connect(m_env, &KeyValueTable::edited, this, [this](const QList<QStringList> &rows) {
        TaskSettings s = m_settings;
        s.env.clear();
        for (const QStringList &row : rows)
            s.env.append({row.value(0), row.value(1)});
        emit settingsEdited(s, tr("Edit environment"));
    });
    connect(m_secretEnv, &KeyValueTable::edited, this, [this](const QList<QStringList> &rows) {
        TaskSettings s = m_settings;
        s.secretEnv.clear();
        for (const QStringList &row : rows)
            s.secretEnv.append({row.value(0), row.value(1), row.value(2)});
        emit settingsEdited(s, tr("Edit secrets"));
    });
    connect(m_volumes, &KeyValueTable::edited, this, [this](const QList<QStringList> &rows) {
        TaskSettings s = m_settings;
        QList<VolumeMount> volumes;
        for (const QStringList &row : rows) {
            VolumeMount v;
            for (const VolumeMount &old : std::as_const(m_settings.volumes)) {
                if (old.name == row.value(0))
                    v = old;  // keep what the table does not show (sub-path, read-only, raw source)
            }
            v.name = row.value(0);
            v.mountPath = row.value(1);
            v.source = volumeSource(row.value(2));
            v.reference = row.value(3);
            volumes.append(v);
        }
        s.volumes = volumes;
        emit settingsEdited(s, tr("Edit volumes"));
    });
    connect(m_nodeSelector, &KeyValueTable::edited, this, [this](const QList<QStringList> &rows) {
        TaskSettings s = m_settings;
        s.nodeSelector.clear();
        for (const QStringList &row : rows)
            s.nodeSelector.insert(row.value(0), row.value(1));
        emit settingsEdited(s, tr("Edit node selector"));
    });
    connect(m_retries, &QSpinBox::editingFinished, this, [this] {
        if (m_retries->value() == m_settings.retry.limit)
            return;
        TaskSettings s = m_settings;
        s.retry.limit = m_retries->value();
        emit settingsEdited(s, tr("Set retries"));
    });
    connect(m_timeout, &QSpinBox::editingFinished, this, [this] {
        if (m_timeout->value() == m_settings.timeoutSeconds)
            return;
        TaskSettings s = m_settings;
        s.timeoutSeconds = m_timeout->value();
        emit settingsEdited(s, tr("Set timeout"));
    });
    connect(m_caching, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        TaskSettings s = m_settings;
        s.cachingEnabled = on;
        emit settingsEdited(s, tr("Set caching"));
    });
    connect(m_loopKind, &QComboBox::activated, this, &TaskSettingsForm::commitLoop);
    connect(m_parallelism, &QSpinBox::editingFinished, this, &TaskSettingsForm::commitLoop);
    connect(field(QStringLiteral("loop")), &ValidatedLineEdit::committed, this, &TaskSettingsForm::commitLoop);
    connect(field(QStringLiteral("condition")), &ValidatedLineEdit::committed, this, &TaskSettingsForm::commitCondition);
    connect(field(QStringLiteral("backoff")), &ValidatedLineEdit::committed, this, [this](const QString &text) {
        const QString problem = FieldRules::duration(text.trimmed());
        field(QStringLiteral("backoff"))->setProblem(problem);
        if (!problem.isEmpty())
            return;
        TaskSettings s = m_settings;
        s.retry.backoffDuration = text.trimmed();
        emit settingsEdited(s, tr("Set retry backoff"));
    });
    for (const char *name : {"cpuRequest", "cpuLimit", "memoryRequest", "memoryLimit", "gpuLimit"})
        connect(field(QString::fromLatin1(name)), &ValidatedLineEdit::committed, this, &TaskSettingsForm::commitResources);
    connect(m_applySuggestions, &QPushButton::clicked, this, [this] {
        if (!m_suggestion)
            return;
        TaskSettings s = m_settings;
        s.resources = RightSizer::applied(s.resources, *m_suggestion);
        if (s.resources == m_settings.resources)
            return;
        emit settingsEdited(s, tr("Apply resource suggestions"));
        const Resources &r = m_settings.resources;
        field(QStringLiteral("cpuRequest"))->setValue(r.cpuRequest);
        field(QStringLiteral("cpuLimit"))->setValue(r.cpuLimit);
        field(QStringLiteral("memoryRequest"))->setValue(r.memoryRequest);
        field(QStringLiteral("memoryLimit"))->setValue(r.memoryLimit);
        showSuggestion();
    });
}

ValidatedLineEdit *TaskSettingsForm::addLine(QFormLayout *form, const QString &name, const QString &label, bool withSuggestion)
{
    auto *edit = new ValidatedLineEdit(this);
    edit->setObjectName(name);
    if (!withSuggestion) {
        form->addRow(label, edit);
        return edit;
    }
    // The suggestion from past runs, beside the value.
    auto *hint = new QLabel(this);
    hint->setObjectName(name + QStringLiteral("Suggestion"));
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text)"));
    hint->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(hint);
    form->addRow(label, row);
    return edit;
}

QLabel *TaskSettingsForm::suggestionLabel(const QString &field) const
{
    return findChild<QLabel *>(field + QStringLiteral("Suggestion"));
}

void TaskSettingsForm::setSuggestion(const std::optional<ResourceSuggestion> &suggestion)
{
    m_suggestion = suggestion;
    showSuggestion();
}

void TaskSettingsForm::showSuggestion()
{
    const std::optional<ResourceSuggestion> &s = m_suggestion;
    const Resources applied = s ? RightSizer::applied(m_settings.resources, *s) : m_settings.resources;
    const auto hint = [&](const char *name, const QString &current, const QString &suggested) {
        QLabel *label = suggestionLabel(QLatin1String(name));
        label->setVisible(s && !suggested.isEmpty());
        label->setText(current == suggested ? tr("✓ as suggested") : tr("suggested: %1").arg(suggested));
    };
    const Resources &r = m_settings.resources;
    hint("cpuRequest", r.cpuRequest, s && s->cpuRequest ? applied.cpuRequest : QString());
    hint("cpuLimit", r.cpuLimit, s && s->cpuLimit ? applied.cpuLimit : QString());
    hint("memoryRequest", r.memoryRequest, s && s->memoryRequest ? applied.memoryRequest : QString());
    hint("memoryLimit", r.memoryLimit, s && s->memoryLimit ? applied.memoryLimit : QString());
    m_applySuggestions->setVisible(s.has_value());
    m_applySuggestions->setEnabled(s && !(applied == r));
    m_suggestionBasis->setVisible(s.has_value());
    if (s)
        m_suggestionBasis->setText(tr("From the peaks of %n past run(s): the 95th percentile with 20 % headroom for requests, "
                                      "the highest with 50 % for limits.",
                                      nullptr, s->basedOnRuns));
}

ValidatedLineEdit *TaskSettingsForm::field(const QString &name) const
{
    return findChild<ValidatedLineEdit *>(name);
}

void TaskSettingsForm::setSettings(const Pipeline &pipeline, const QString &graphKey, const TaskSettings &settings)
{
    m_loading = true;
    m_pipeline = &pipeline;
    m_graphKey = graphKey;
    m_settings = settings;
    QList<QStringList> rows;
    for (const EnvVar &e : settings.env)
        rows.append({e.name, e.value});
    m_env->setRows(rows);
    rows.clear();
    for (const SecretEnvVar &e : settings.secretEnv)
        rows.append({e.name, e.secretName, e.secretKey});
    m_secretEnv->setRows(rows);
    rows.clear();
    for (const VolumeMount &v : settings.volumes)
        rows.append({v.name, v.mountPath, volumeSourceName(v.source), v.reference});
    m_volumes->setRows(rows);
    rows.clear();
    for (auto it = settings.nodeSelector.cbegin(); it != settings.nodeSelector.cend(); ++it)
        rows.append({it.key(), it.value()});
    m_nodeSelector->setRows(rows);
    const Resources &r = settings.resources;
    field(QStringLiteral("cpuRequest"))->setValue(r.cpuRequest);
    field(QStringLiteral("cpuLimit"))->setValue(r.cpuLimit);
    field(QStringLiteral("memoryRequest"))->setValue(r.memoryRequest);
    field(QStringLiteral("memoryLimit"))->setValue(r.memoryLimit);
    field(QStringLiteral("gpuLimit"))->setValue(r.gpuLimit);
    m_retries->setValue(settings.retry.limit);
    field(QStringLiteral("backoff"))->setValue(settings.retry.backoffDuration);
    m_timeout->setValue(int(settings.timeoutSeconds));
    m_caching->setChecked(settings.cachingEnabled);
    field(QStringLiteral("condition"))->setValue(settings.condition.text);
    field(QStringLiteral("condition"))->setProblem(FieldRules::condition(pipeline, graphKey, settings.condition));
    const Loop &loop = settings.loop;
    m_loopKind->setCurrentIndex(int(loop.kind));
    QString loopText;
    if (loop.kind == Loop::Kind::Items)
        loopText = FieldRules::constantText(loop.items);
    else if (loop.kind == Loop::Kind::Sequence)
        loopText = loop.sequenceCount.isEmpty() ? QStringLiteral("%1..%2").arg(loop.sequenceStart, loop.sequenceEnd) : loop.sequenceCount;
    else if (loop.kind == Loop::Kind::Parameter)
        loopText = loop.source.kind == Binding::Kind::Parameter ? loop.source.parameter : loop.source.expression;
    field(QStringLiteral("loop"))->setValue(loopText);
    m_parallelism->setValue(loop.parallelism);
    showSuggestion();
    m_loading = false;
}

void TaskSettingsForm::commitResources()
{
    TaskSettings s = m_settings;
    Resources &r = s.resources;
    bool ok = true;
    auto take = [&](const char *name, QString &target, bool gpu) {
        ValidatedLineEdit *edit = field(QString::fromLatin1(name));
        const QString text = edit->text().trimmed();
        const QString problem = gpu ? FieldRules::gpuCount(text) : FieldRules::quantity(text);
        edit->setProblem(problem);
        ok = ok && problem.isEmpty();
        target = text;
    };
    take("cpuRequest", r.cpuRequest, false);
    take("cpuLimit", r.cpuLimit, false);
    take("memoryRequest", r.memoryRequest, false);
    take("memoryLimit", r.memoryLimit, false);
    take("gpuLimit", r.gpuLimit, true);
    if (ok && !(s.resources == m_settings.resources))
        emit settingsEdited(s, tr("Set resources"));
}

void TaskSettingsForm::commitCondition(const QString &text)
{
    TaskSettings s = m_settings;
    s.condition.text = text.trimmed();
    const QString problem = FieldRules::condition(*m_pipeline, m_graphKey, s.condition);
    field(QStringLiteral("condition"))->setProblem(problem);
    if (problem.isEmpty())
        emit settingsEdited(s, tr("Set condition"));
}

void TaskSettingsForm::commitLoop()
{
    if (m_loading)
        return;
    TaskSettings s = m_settings;
    Loop &loop = s.loop;
    ValidatedLineEdit *edit = field(QStringLiteral("loop"));
    const QString text = edit->text().trimmed();
    QString problem;
    loop = Loop();
    loop.kind = Loop::Kind(m_loopKind->currentIndex());
    loop.parallelism = m_parallelism->value();
    switch (loop.kind) {
    case Loop::Kind::Items:
        problem = FieldRules::loopItems(text.isEmpty() ? QStringLiteral("[]") : text, &loop.items);
        break;
    case Loop::Kind::Sequence:
        loop.sequenceCount = text.isEmpty() ? QStringLiteral("1") : text;
        break;
    case Loop::Kind::Parameter:
        loop.source = m_pipeline->parameter(text) ? Binding::pipelineParameter(text) : Binding::fromExpression(text);
        if (text.isEmpty())
            problem = tr("Name the parameter (or write the expression) that gives the list.");
        break;
    case Loop::Kind::None:
        break;
    }
    edit->setProblem(problem);
    if (problem.isEmpty() && !(loop == m_settings.loop))
        emit settingsEdited(s, tr("Set loop"));
}

} // namespace ps
