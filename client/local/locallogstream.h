#pragma once

#include "logstream.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace ps {

class LocalRun;

// A task's log from the run directory: the file up to the moment of opening, read in
// chunks from the event loop (never all at once), then the lines the run writes after —
// told by the LocalRun of this process, or read from the file as it grows (followFile) when
// another process runs it. Without either it ends with the history.
class LocalLogStream : public LogStream
{
    Q_OBJECT
public:
    static constexpr qsizetype kChunk = 1 << 20;
    LocalLogStream(const QString &path, const QString &nodeId, LocalRun *run, QObject *parent = nullptr);
    bool isFinished() const override { return m_finished; }
    // Another process writes the log: read what it adds every kTailMs until `ended` says
    // the node has ended (and what it wrote last is read).
    void followFile(std::function<bool()> ended);

    static constexpr int kTailMs = 250;

private:
    void readChunk();
    void live(const QString &nodeId, const ps::LogLines &lines);
    void checkDone();
    void tail();

    QFile m_file;
    QString m_nodeId;
    QPointer<LocalRun> m_run;
    qint64 m_historyEnd = 0;
    QByteArray m_partial;
    LogLines m_held;          // live lines that came while the history was still being read
    bool m_historyDone = false;
    bool m_finished = false;
    QTimer m_reader;
    QTimer m_tail;
    std::function<bool()> m_ended;
};

} // namespace ps
