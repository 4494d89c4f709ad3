#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace ps {

// One line of a log as the view shows it. A line in the run directory's record format
// ("ISO-time<TAB>stdout|stderr<TAB>text") gives its time and stream; any other line is
// plain text of stdout without a time. Invalid UTF-8 becomes U+FFFD; a trailing CR goes.
struct LogEntry {
    static constexpr qsizetype kMaxChars = 1 << 20; // longer text is cut (the view shows no more)

    QDateTime time;
    bool isStderr = false;
    bool truncated = false;
    quint16 tag = 0; // which task, in a log of several
    QString text;    // with its ANSI escape sequences

    // stderr, or text that speaks of an error, exception or traceback.
    bool looksLikeError() const;

    static LogEntry decode(QByteArrayView line);
    // Where the text of a line starts (after the record's time and stream, if it is one).
    static qsizetype textOffset(QByteArrayView line);
    // The time of a record line, or an invalid time.
    static QDateTime timeOf(QByteArrayView line);
    static QByteArrayView trimEnd(QByteArrayView line);
};

} // namespace ps
