#include "runlauncher.h"

#include "pendingaction.h"
#include "publishtemplatedialog.h"
#include "rundialog.h"
#include "runbackend.h"
#include "runsmodel.h"
#include "schedulesmodel.h"

#include <QTimer>

namespace ps {

RunLauncher::RunLauncher(RunsModel *runs, SchedulesModel *schedules, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runs(runs)
    , m_schedules(schedules)
    , m_parent(dialogParent)
{
    connect(m_schedules, &SchedulesModel::scheduleCreated, this, &RunLauncher::scheduleCreated);
}

bool RunLauncher::run(const Pipeline &pipeline, const QString &sourcePath)
{
    RunDialog dialog(pipeline, m_runs->backends(), m_parent);
    return exec(dialog, pipeline, sourcePath);
}

bool RunLauncher::clone(RunBackend *backend, const QString &runId)
{
    const std::optional<RunSnapshot> snapshot = backend ? backend->snapshot(runId) : std::nullopt;
    const std::optional<Pipeline> pipeline = backend ? backend->pipelineOf(runId) : std::nullopt;
    if (!snapshot || !pipeline) {
        emit failed(tr("The pipeline of run '%1' is not available, so it cannot be cloned.").arg(runId));
        return false;
    }
    RunDialog dialog(*pipeline, m_runs->backends(), m_parent);
    dialog.setWindowTitle(tr("Clone run “%1”").arg(snapshot->displayName.isEmpty() ? runId : snapshot->displayName));
    dialog.setBackend(backend);
    dialog.setParameters(snapshot->parameters);
    return exec(dialog, *pipeline, snapshot->sourcePath);
}

bool RunLauncher::exec(RunDialog &dialog, const Pipeline &pipeline, const QString &sourcePath)
{
    if (m_hook)
        QTimer::singleShot(0, &dialog, [this, &dialog] { m_hook(&dialog); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    RunBackend *backend = dialog.backend();
    if (!backend)
        return false;
    if (dialog.confirmedCommands())
        backend->confirm(pipeline);
    RunRequest request = dialog.request();
    request.sourcePath = sourcePath;
    if (dialog.createsSchedule())
        return createSchedule(backend, pipeline, request);
    const BackendResult<QString> started = backend->submit(pipeline, request);
    if (!started.ok()) {
        emit failed(tr("The run did not start: %1").arg(started.error));
        return false;
    }
    emit runStarted(backend, started.value);
    return true;
}

bool RunLauncher::createSchedule(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request)
{
    // The server's answer comes through the schedules model (scheduleCreated, failed).
    const BackendResult<bool> accepted = m_schedules->create(backend, pipeline, request);
    if (!accepted.ok())
        emit failed(tr("The schedule was not created: %1").arg(accepted.error));
    return accepted.ok();
}

bool RunLauncher::publishTemplate(const Pipeline &pipeline)
{
    QList<RunBackend *> targets;
    for (RunBackend *b : m_runs->backends())
        if (b->hasTemplates())
            targets.append(b);
    if (targets.isEmpty()) {
        emit failed(tr("There is no Argo connection to publish on."));
        return false;
    }
    PublishTemplateDialog dialog(pipeline.name.isEmpty() ? pipeline.displayName : pipeline.name, targets, m_parent);
    if (m_publishHook)
        QTimer::singleShot(0, &dialog, [this, &dialog] { m_publishHook(&dialog); });
    if (dialog.exec() != QDialog::Accepted || !dialog.backend())
        return false;
    RunBackend *backend = dialog.backend();
    const QString name = dialog.templateName();
    const QString where = backend->name();
    const BackendResult<bool> accepted = backend->publishTemplate(pipeline, name);
    if (!accepted.ok()) {
        emit failed(tr("The WorkflowTemplate was not published on %1: %2").arg(where, accepted.error));
        return false;
    }
    // A refusal after acceptance is for the notifications (NotificationLog watches every backend).
    PendingAction::whenAnswered(backend, {BackendAction::Kind::PublishTemplate, name}, this, [this, where](const ActionOutcome &made) {
        if (made.ok())
            emit message(tr("WorkflowTemplate %1 published on %2.").arg(made.result, where));
    });
    return true;
}

} // namespace ps
