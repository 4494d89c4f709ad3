#pragma once

#include "crossrunlogsearch.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace ps {

class LogHitsModel;
class RunBackend;
class RunsModel;

// Search All Logs: a query (text or regular expression, with or without case) over every
// recorded log of every run of every backend. Indexes what is new, then searches, off the
// GUI thread; lists the lines found with run, task and time. Activating one asks to open
// that run's log at that line (hitOpened).
class LogSearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxHits = 2000;

    explicit LogSearchPanel(RunsModel *runs, QWidget *parent = nullptr);
    ~LogSearchPanel() override;

    void setRecordDir(const QString &dir) { m_recordDir = dir; }
    void setIndexDir(const QString &dir) { m_indexDir = dir; }
    QLineEdit *queryEdit() const { return m_query; }
    QTableView *results() const { return m_table; }
    LogHitsModel *hits() const { return m_hits; }
    QString statusText() const;
    bool isSearching() const { return m_watcher.isRunning(); }

public slots:
    void search();

signals:
    void hitOpened(ps::RunBackend *backend, const QString &runId, const QString &nodeId, qint64 line);

private:
    void finished();
    void open(const QModelIndex &index);

    RunsModel *m_runs;
    QString m_recordDir;
    QString m_indexDir;
    QLineEdit *m_query;
    QToolButton *m_regex;
    QToolButton *m_case;
    QLabel *m_status;
    QTableView *m_table;
    LogHitsModel *m_hits;
    QFutureWatcher<CrossRunLogSearch::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QHash<QString, QPointer<RunBackend>> m_backendOfRun;
    bool m_searchAgain = false;   // asked while a search ran: once that one has stopped
};

} // namespace ps
