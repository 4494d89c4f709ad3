#include "runlauncher.h"

#include "rundialog.h"
#include "runbackend.h"
#include "runsmodel.h"

#include <QTimer>

namespace ps {

RunLauncher::RunLauncher(RunsModel *runs, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_runs(runs)
    , m_parent(dialogParent)
{
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
    const BackendResult<QString> started = backend->submit(pipeline, request);
    if (!started.ok()) {
        emit failed(tr("The run did not start: %1").arg(started.error));
        return false;
    }
    emit runStarted(backend, started.value);
    return true;
}

} // namespace ps
