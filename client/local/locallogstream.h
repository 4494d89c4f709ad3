#pragma once

#include "logstream.h"

#include <QFile>
#include <QPointer>
#include <QTimer>

namespace ps {

class LocalRun;

// A task's log from the run directory: the file up to the moment of opening, read in
// chunks from the event loop (never all at once), then the lines the run writes after.
class LocalLogStream : public LogStream
{
    Q_OBJECT
public:
    static constexpr qsizetype kChunk = 1 << 20;
    LocalLogStream(const QString &path, const QString &nodeId, LocalRun *run, QObject *parent = nullptr);
    bool isFinished() const override { return m_finished; }

private:
    void readChunk();
    void live(const QString &nodeId, const ps::LogLines &lines);
    void checkDone();

    QFile m_file;
    QString m_nodeId;
    QPointer<LocalRun> m_run;
    qint64 m_historyEnd = 0;
    QByteArray m_partial;
    LogLines m_held;          // live lines that came while the history was still being read
    bool m_historyDone = false;
    bool m_finished = false;
    QTimer m_reader;
};

} // namespace ps
