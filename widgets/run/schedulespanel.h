#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace ps {

class RunBackend;
class SchedulesModel;

// The Schedules dock: the CronWorkflows and recurring runs of every cluster connection, with
// Suspend, Resume and Refresh. Lists again when shown and every minute while visible.
class SchedulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulesPanel(SchedulesModel *schedules, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *suspendAction() const { return m_suspend; }
    QAction *resumeAction() const { return m_resume; }
    QLabel *statusLabel() const { return m_status; }
    void selectSchedule(const RunBackend *backend, const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateStatus();
    void fitColumns();
    int currentRow() const;

    SchedulesModel *m_schedules;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_refresh;
    QAction *m_suspend;
    QAction *m_resume;
    QTimer *m_timer;
    QPointer<RunBackend> m_keptBackend;   // the selection across a refresh
    QString m_keptId;
};

} // namespace ps
