#pragma once

#include "ids.h"
#include "sourcelocation.h"

#include <QList>
#include <QString>

namespace ps {

// One finding about a pipeline or a file: what is wrong, how bad, and where.
struct Diagnostic {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message;
    SourceLocation location;
    TaskId task;          // the task it concerns, when it concerns one
    QString taskName;     // its name, for output where ids mean nothing
    QString graph;        // the sub-pipeline (component key) holding that task; empty for the root

    static Diagnostic error(QString message, SourceLocation where = {})
    {
        return {Severity::Error, std::move(message), std::move(where), {}, {}, {}};
    }
    static Diagnostic warning(QString message, SourceLocation where = {})
    {
        return {Severity::Warning, std::move(message), std::move(where), {}, {}, {}};
    }

    // "FILE:LINE:COL: error: MESSAGE", the shape compilers use, so editors can jump to it.
    QString toString(const QString &fallbackFile = {}) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace ps
