#pragma once

#include <QDateTime>
#include <QFuture>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ps {

class LogSearch;
class LogStore;
class LogView;
class RunBackend;
class RunLogFeed;

// The logs of a run: the selected task's, or all tasks' interleaved by time with a task
// column. Follows the end while it is shown; searches (text or regular expression, with or
// without case) with a match count and next/previous; shows only matching lines on request;
// ANSI colours, error lines marked, timestamps on or off, wrapping or horizontal scrolling;
// copies the selection and saves the log. Logs of any size: see LogStore.
class LogsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;

    explicit LogsPanel(QWidget *parent = nullptr);
    ~LogsPanel() override;

    void setRun(RunBackend *backend, const QString &runId);
    // Empty: all tasks.
    void setTask(const QString &nodeId);
    QString task() const { return m_nodeId; }
    // Where logs of backends without log files of their own are recorded (default:
    // RunLogFeed::defaultRecordDir()).
    void setRecordDir(const QString &dir);

    LogView *view() const { return m_view; }
    LogStore *store() const { return m_store; }
    LogSearch *search() const { return m_search; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QString matchCountText() const;
    QString statusText() const;
    // True once the shown log will not grow any more.
    bool isFinished() const;

public slots:
    // Scrolls to the line written at `time` (or just before) and marks it.
    void markTime(const QDateTime &time);
    // Scrolls to line `line` (from 0) of the shown log and marks it, once it is indexed.
    void markLine(qint64 line);
    void clear();
    void findNext();
    void findPrevious();
    void searchNow();
    // Writes the log as shown (filtered or not) to `path` off the GUI thread; see saved().
    void saveTo(const QString &path);

signals:
    void saved(const QString &path, const QString &error);

private:
    void buildToolBar(QWidget *bar);
    void restartFeed();
    void find(bool forward);
    void updateCount();
    void firstMatchFound(qint64 line);
    void saveAs();

    QPointer<RunBackend> m_backend;
    QString m_runId;
    QString m_nodeId;
    QString m_recordDir;
    LogStore *m_store;
    LogSearch *m_search;
    LogView *m_view;
    RunLogFeed *m_feed = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_filter = nullptr;
    QToolButton *m_follow = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_searchDelay;
    QFuture<QString> m_saving;
    bool m_jumpToFirst = false;
    qint64 m_lineToMark = -1;   // markLine() before the log had that many lines
};

} // namespace ps
