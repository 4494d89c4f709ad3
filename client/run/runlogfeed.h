#pragma once

#include "logline.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace ps {

class LogStore;
class RunBackend;

// Fills a LogStore with the log of one node of a run, or of all its tasks interleaved by
// time, for as long as the run writes, from whichever backend runs it:
// - a backend that keeps log files (the local engine): its file is indexed in place and
//   looked at again every kPollMs while the node runs;
// - any other: the stream is recorded to disk under `recordDir` (LogRecorder) and the
//   recording is indexed; a complete recording is read again instead of the stream.
// All tasks: the lines of every task that has started are tagged with the task, gathered for
// kBatchMs, put in time order and appended to a log of the feed's own.
class RunLogFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 50;
    static constexpr int kBatchMs = 40;

    // `nodeId` empty: all tasks.
    RunLogFeed(RunBackend *backend, const QString &runId, const QString &nodeId, LogStore *store, const QString &recordDir,
               QObject *parent = nullptr);
    ~RunLogFeed() override;
    bool isFinished() const { return m_finished; }
    // The place for recorded logs, shared by the application and the command line.
    static QString defaultRecordDir();

signals:
    void finished();
    void failed(const QString &error);

private:
    void startNode();
    void startAll();
    void followNewTasks();
    void flushBatch();
    void checkDone();
    void nodeLinesArrived(quint16 tag, const ps::LogLines &lines);
    bool nodeFinished(const QString &nodeId) const;
    QObject *openSource(const QString &nodeId, quint16 tag);

    QPointer<RunBackend> m_backend;
    QString m_runId;
    QString m_nodeId;
    LogStore *m_store;
    QString m_recordDir;
    QTimer m_poll;
    QTimer m_batch;
    bool m_finished = false;
    // All tasks:
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QHash<QString, quint16> m_tags;     // node → tag
    QHash<quint16, bool> m_sourceDone;  // tag → its stream has finished
    LogLines m_pending;
    QList<quint16> m_pendingTags;
};

} // namespace ps
