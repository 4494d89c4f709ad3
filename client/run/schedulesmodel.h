#pragma once

#include "backendresult.h"
#include "pipeline.h"
#include "runrequest.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFuture>
#include <QPointer>

namespace ps {

class RunBackend;
class RunsModel;

// The schedules of the cluster connections in one table: Argo CronWorkflows and Kubeflow
// recurring runs, with their cron, whether they are suspended and when they last fired
// (where the server says). Creates them from a pipeline with a schedule, suspends and
// resumes them; every answer of a server comes back as message().
class SchedulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ScheduleColumn, StateColumn, LastColumn, BackendColumn, ColumnCount };

    // The backends are the runs table's (those with schedules are used).
    explicit SchedulesModel(RunsModel *runs, QObject *parent = nullptr);

    // Argo and Kubeflow backends have schedules; the local engine has not.
    static bool hasSchedules(const RunBackend *backend);
    QList<RunBackend *> backends() const;

    // Lists every backend's schedules again; refreshed() when all have answered.
    void refresh();
    bool isRefreshing() const { return m_pending > 0; }
    // A CronWorkflow or recurring run of `pipeline` on its schedule; refreshes when made.
    QFuture<BackendResult<QString>> create(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request);
    void setSuspended(int row, bool suspended);

    int rowOf(const RunBackend *backend, const QString &id) const;
    RunBackend *backendAt(int row) const;
    QString idAt(int row) const;
    bool isSuspendedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();
    void message(const QString &text);

private:
    struct Row {
        QPointer<RunBackend> backend;
        QString id;
        QString name;
        QString schedule;
        bool suspended = false;
        QDateTime last;
    };
    static Row fromCronWorkflow(const QJsonObject &cron);
    static Row fromRecurringRun(const QJsonObject &run);
    void replaceRows(RunBackend *backend, const BackendResult<QList<QJsonObject>> &listed);
    // One backend of the current refresh has answered (or its list was cancelled).
    void answered();

    RunsModel *m_runs;
    QList<Row> m_rows;
    int m_pending = 0;      // backends of the current refresh still to answer
    int m_generation = 0;   // which refresh is current; older answers are dropped
};

} // namespace ps
