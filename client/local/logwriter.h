#pragma once

#include "logline.h"

#include <QFile>
#include <QStringList>

namespace ps {

// Turns a task's output bytes into log lines in its log file, as they come. Only a partial
// line per stream is held (at most kMaxLine bytes: longer lines are cut), so any amount of
// output goes to disk, not to memory. Secret values are masked before anything is kept.
class LogWriter
{
public:
    static constexpr qsizetype kMaxLine = 64 * 1024;
    LogWriter(const QString &path, QStringList secrets);
    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    // The complete lines in `bytes` (and what was pending), as written.
    LogLines append(LogLine::Stream stream, const QByteArray &bytes);
    // Writes what is left of unfinished lines.
    LogLines flush();

private:
    LogLines take(LogLine::Stream stream, bool all);
    void write(const LogLines &lines);

    QFile m_file;
    QStringList m_secrets;
    QByteArray m_pending[2];
    QString m_error;
};

} // namespace ps
