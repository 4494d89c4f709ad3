#pragma once

#include "logline.h"

#include <QFile>
#include <QObject>

namespace ps {

class LogStream;

// Keeps a task's log on disk as it arrives from any backend's stream, in the run directory's
// record format, so it can be read again after the cluster has deleted the pod. A recording
// that saw its stream finish is marked complete (a file beside it); an incomplete one is
// recorded again from the start, since a stream delivers the whole log from the start.
class LogRecorder : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `stream` and starts writing to `path` (made anew).
    LogRecorder(LogStream *stream, const QString &path, QObject *parent = nullptr);
    QString path() const { return m_file.fileName(); }
    QString error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    static bool isComplete(const QString &path);
    // Where a backend without files of its own keeps a node's recorded log under `dir`.
    static QString recordingPath(const QString &dir, const QString &backendName, const QString &runId, const QString &nodeId);

signals:
    // The lines just written (the file grew by them).
    void linesRecorded(const ps::LogLines &lines);
    void finished();
    void failed(const QString &error);

private:
    void write(const ps::LogLines &lines);
    void streamFinished();
    void fail(const QString &error);

    QFile m_file;
    QString m_error;
    bool m_finished = false;
};

} // namespace ps
