#pragma once

#include "logline.h"

#include <QObject>

namespace ps {

// The log of one task, as it was and as it grows: the recorded history comes first, in
// batches, then live lines as they are written. Deleting the stream stops following.
class LogStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // True once the task has finished and every line has been delivered.
    virtual bool isFinished() const = 0;

signals:
    void linesArrived(const ps::LogLines &lines);
    void finished();
    void failed(const QString &error);
    // The connection dropped and is being re-established (no line is lost or repeated);
    // resumed() once it is back.
    void reconnecting(const QString &reason);
    void resumed();
};

} // namespace ps
