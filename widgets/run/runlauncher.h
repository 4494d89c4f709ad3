#pragma once

#include "runbackend.h"

#include "pipeline.h"

#include <QObject>
#include <functional>
#include <QPointer>

class QWidget;

namespace ps {

class PublishTemplateDialog;
class RunDialog;
class RunsModel;
class SchedulesModel;

// Starts runs the way a user asks for them: the Run dialog for a pipeline, or for a clone of
// an earlier run (same pipeline, its parameters to edit), then the backend's submit, or the
// pipeline's schedule created on the backend when the user chose that. Publishes a pipeline
// as an Argo WorkflowTemplate. Says why when a backend refuses.
class RunLauncher : public QObject
{
    Q_OBJECT
public:
    RunLauncher(RunsModel *runs, SchedulesModel *schedules, QWidget *dialogParent);

    // Shows the Run dialog; false when the user cancelled or the backend refused. A schedule
    // is created asynchronously: scheduleCreated or failed tells how it went.
    bool run(const Pipeline &pipeline, const QString &sourcePath);
    bool clone(RunBackend *backend, const QString &runId);
    // Asks for an Argo connection and a name, then publishes; false when cancelled or none.
    bool publishTemplate(const Pipeline &pipeline);

    // Tests answer the dialog instead of a person: called with the open dialog before exec().
    void setDialogHook(std::function<void(RunDialog *)> hook) { m_hook = std::move(hook); }
    void setPublishHook(std::function<void(PublishTemplateDialog *)> hook) { m_publishHook = std::move(hook); }

signals:
    void runStarted(ps::RunBackend *backend, const QString &runId);
    void scheduleCreated(ps::RunBackend *backend, const QString &scheduleId);
    // What a server answered to a publish or a schedule, for the status bar.
    void message(const QString &text);
    // Refused at once (a refusal that comes later is the notifications' to tell).
    void failed(const QString &message);

private:
    bool exec(RunDialog &dialog, const Pipeline &pipeline, const QString &sourcePath);

    bool createSchedule(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request);

    RunsModel *m_runs;
    SchedulesModel *m_schedules;
    QPointer<QWidget> m_parent;
    std::function<void(RunDialog *)> m_hook;
    std::function<void(PublishTemplateDialog *)> m_publishHook;
};

} // namespace ps
