#pragma once

#include "actionoutcome.h"
#include "runsnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace ps {

class RunBackend;

// Every run of every backend in one table: name, pipeline, status, started, duration,
// backend. Rows follow the backends' signals, so the table is live. The status says when what
// is shown is not current ("Running (reconnecting…)", "Running (stale)") and, until the next
// action on the run, that the last action asked was refused or failed, with the server's
// reason. Sorting and filtering are RunsFilterModel's; this model keeps rows in arrival order.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PipelineColumn, StatusColumn, StartedColumn, DurationColumn, BackendColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        PhaseRole,          // int(RunPhase)
        SortRole,           // a value that sorts right: times as msecs, durations as ms
        BackendRole,        // the RunBackend*, as QObject*
        FreshnessRole,      // int(RunBackend::Freshness)
        ProblemRole,        // why the last action on the run was refused or failed; "" when it was not
    };

    explicit RunsModel(QObject *parent = nullptr);

    void addBackend(RunBackend *backend);
    // An action on a run that its backend refused at once (the table shows it on the row).
    void noteRefused(RunBackend *backend, const QString &runId, const QString &error);
    QList<RunBackend *> backends() const;

    // The row of a run, or -1.
    int rowOf(const RunBackend *backend, const QString &runId) const;
    RunBackend *backendAt(int row) const;
    QString runIdAt(int row) const;
    RunPhase phaseAt(int row) const;
    // Running rows' durations move on with the clock; call once a second.
    void refreshDurations();
    QString problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void backendAdded(ps::RunBackend *backend);

private:
    struct Row {
        RunBackend *backend = nullptr;
        QString id;
        QString name;
        QString pipeline;
        RunPhase phase = RunPhase::Pending;
        QString message;
        QDateTime created;
        QDateTime started;
        QDateTime finished;
        QString problem;
    };
    static Row rowFrom(RunBackend *backend, const RunSnapshot &snapshot);
    void loadAll(RunBackend *backend);
    void upsert(RunBackend *backend, const QString &runId);
    void remove(RunBackend *backend, const QString &runId);
    void actionFinished(RunBackend *backend, const ActionOutcome &outcome);
    void setProblem(RunBackend *backend, const QString &runId, const QString &problem);
    void rowChanged(RunBackend *backend, const QString &runId);
    QString statusText(const Row &row) const;
    qint64 durationMs(const Row &row) const;

    QList<QPointer<RunBackend>> m_backends;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace ps
