#pragma once

#include "backendresult.h"

#include "runbackend.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace ps {

class RunsFilterModel;
class RunsModel;

// The Runs dock: every run of every backend, newest first and live, narrowed by status and
// name; open, cancel, retry failed tasks, clone, delete.
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPanel(RunsModel *runs, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RunsFilterModel *filter() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *nameFilter() const { return m_name; }
    QAction *openAction() const { return m_open; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *cloneAction() const { return m_clone; }
    QAction *deleteAction() const { return m_delete; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }

    // Selects the row of a run (e.g. one just started).
    void selectRun(const RunBackend *backend, const QString &runId);
    // Deletes without asking (the action asks first).
    void deleteRun(RunBackend *backend, const QString &runId);

signals:
    void runOpened(ps::RunBackend *backend, const QString &runId);
    void cloneRequested(ps::RunBackend *backend, const QString &runId);
    // An action refused at once, for the status bar and the notifications.
    void refused(const QString &text);

private:
    int currentSourceRow() const;
    void updateActions();
    void statusChosen();
    void openCurrent();
    void cancelCurrent();
    void retryCurrent();
    // Suspend, resume or stop (where the run's backend has them).
    void actOnCurrent(const QString &what, BackendResult<bool> (RunBackend::*action)(const QString &));
    void deleteCurrent();
    void report(const QString &action, RunBackend *backend, const QString &runId, const QString &error);

    RunsModel *m_runs;
    RunsFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_name;
    QComboBox *m_status;
    QAction *m_open;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_clone;
    QAction *m_delete;
    QAction *m_suspend;
    QAction *m_resume;
    QAction *m_stop;
    QTimer *m_clock;
};

} // namespace ps
