#pragma once

#include "actionoutcome.h"
#include "backendresult.h"
#include "pipeline.h"
#include "runrequest.h"
#include "scheduleinfo.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace ps {

class RunBackend;
class RunsModel;

// The schedules of every backend that has them (RunBackend::hasSchedules: Argo CronWorkflows,
// Kubeflow recurring runs) in one table, with their cron, whether they are suspended and when
// they last fired (where the server says). Creates them from a pipeline with a schedule,
// suspends, resumes and deletes them. A refusal stays on the schedule's row (its State says
// so, its tool tip why) until the next action on it; the backend's answers themselves are
// for the notifications (NotificationLog) to tell.
class SchedulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ScheduleColumn, StateColumn, LastColumn, BackendColumn, ColumnCount };

    // The backends are the runs table's (those with schedules are used).
    explicit SchedulesModel(RunsModel *runs, QObject *parent = nullptr);

    QList<RunBackend *> backends() const;

    // Lists every backend's schedules again; refreshed() when all have answered.
    void refresh();
    bool isRefreshing() const { return m_pending > 0; }
    // A schedule of `pipeline` on its cron: refused at once, or scheduleCreated() (and a
    // refresh) or failed() once the server has answered.
    BackendResult<bool> create(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request);
    void setSuspended(int row, bool suspended);
    void remove(int row);

    int rowOf(const RunBackend *backend, const QString &id) const;
    RunBackend *backendAt(int row) const;
    QString idAt(int row) const;
    bool isSuspendedAt(int row) const;
    // Why the last action asked on the row was refused or failed; "" when it was not.
    QString problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();
    // What a server answered, for the status bar.
    void message(const QString &text);
    // The schedules of a backend could not be listed, with the server's reason.
    void failed(const QString &text);
    // An action refused at once (before anything was asked of a server).
    void refused(const QString &text);
    void scheduleCreated(ps::RunBackend *backend, const QString &scheduleId);

private:
    struct Row {
        QPointer<RunBackend> backend;
        ScheduleInfo info;
        QString problem;
    };
    void replaceRows(RunBackend *backend, const BackendResult<QList<ScheduleInfo>> &listed);
    // Asks the row's backend for `kind` (suspend, resume, delete) and shows the answer there.
    void act(int row, BackendAction::Kind kind);
    void answered(RunBackend *backend, const ActionOutcome &outcome);
    void setProblem(RunBackend *backend, const QString &id, const QString &problem);
    // One backend of the current refresh has answered (or its list was cancelled).
    void listed();

    RunsModel *m_runs;
    QList<Row> m_rows;
    QSet<RunBackend *> m_heard;   // backends whose answers this model follows
    int m_pending = 0;      // backends of the current refresh still to answer
    int m_generation = 0;   // which refresh is current; older answers are dropped
};

} // namespace ps
