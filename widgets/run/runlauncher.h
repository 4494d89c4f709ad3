#pragma once

#include "runbackend.h"

#include "pipeline.h"

#include <QObject>
#include <functional>
#include <QPointer>

class QWidget;

namespace ps {

class RunDialog;
class RunsModel;

// Starts runs the way a user asks for them: the Run dialog for a pipeline, or for a clone of
// an earlier run (same pipeline, its parameters to edit), then the backend's submit. Says
// why when a backend refuses.
class RunLauncher : public QObject
{
    Q_OBJECT
public:
    RunLauncher(RunsModel *runs, QWidget *dialogParent);

    // Shows the Run dialog; false when the user cancelled or the backend refused.
    bool run(const Pipeline &pipeline, const QString &sourcePath);
    bool clone(RunBackend *backend, const QString &runId);

    // Tests answer the dialog instead of a person: called with the open dialog before exec().
    void setDialogHook(std::function<void(RunDialog *)> hook) { m_hook = std::move(hook); }

signals:
    void runStarted(ps::RunBackend *backend, const QString &runId);
    void failed(const QString &message);

private:
    bool exec(RunDialog &dialog, const Pipeline &pipeline, const QString &sourcePath);

    RunsModel *m_runs;
    QPointer<QWidget> m_parent;
    std::function<void(RunDialog *)> m_hook;
};

} // namespace ps
