#pragma once

#include "logmatches.h"

#include <QStringList>

#include <optional>

namespace ps {

class LogStore;

// Writes a log as the user reads it: plain text, a line per line, escape sequences removed,
// with the task and the time in front when asked, only the matching lines when filtered.
// Reads the file in blocks, so it may run on another thread while the store grows.
class LogExport
{
public:
    struct Options {
        bool timestamps = true;
        QStringList tasks; // the task column's names by tag; empty: no task column
        std::optional<LogMatches> only;
    };
    // Gives an error text or "".
    static QString write(const LogStore &store, const Options &options, const QString &target);
};

} // namespace ps
