#pragma once

#include "logquery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace ps {

// One recorded log to search: which run and task wrote it, and where it is.
struct LogSource {
    QString run;
    QString task;
    QString path;
    bool operator==(const LogSource &) const = default;
};

// A line found: where (run, task, line number from 0 in its log) and what.
struct LogHit {
    QString run;
    QString task;
    QString path;
    qint64 line = 0;
    QDateTime time;
    QString text;
    bool operator==(const LogHit &) const = default;
};

// Searches the recorded logs of many runs at once. index() keeps a LogFileIndex of every
// log in a folder of its own; search() then reads only the chunks whose trigrams could hold
// what the query must contain (see RegexLiterals), plus whatever the logs gained since they
// were indexed, and checks the candidate lines with the regular expression. Works without
// indexes too, reading everything. Blocking: run it off the GUI thread.
class CrossRunLogSearch
{
public:
    struct Result {
        QList<LogHit> hits;         // in the order of the sources, then by line
        bool truncated = false;     // more lines matched than `maxHits`
        qint64 bytesRead = 0;       // of logs, to show how much the index spared
        QStringList errors;         // logs that could not be read
    };

    // Brings the indexes of `sources` in `indexDir` up to date; gives the errors.
    static QStringList index(const QList<LogSource> &sources, const QString &indexDir, const std::atomic_bool *cancel = nullptr);
    static Result search(const QList<LogSource> &sources, const LogQuery &query, const QString &indexDir, int maxHits,
                         const std::atomic_bool *cancel = nullptr);
};

} // namespace ps
