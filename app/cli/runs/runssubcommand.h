#pragma once

#include "runsarguments.h"

#include <QString>

namespace ps {

class RunsSession;

// One `pstudio runs` subcommand: its name, what it takes, and what it does. A subcommand is
// a file in app/cli/runs defining `RunsSubcommand NAME()` plus its line in
// runssubcommands.cpp. `run` gives the exit code: 0 done, 1 refused or failed (with the
// server's message on stderr), 2 bad arguments.
struct RunsSubcommand {
    QString name;                    // "get"
    QString synopsis;                // "get RUN [--json]"
    QString summary;                 // one line for the usage text
    RunsArguments::Spec arguments;
    int (*run)(RunsSession &session) = nullptr;
    // False: it needs no list of the engine's runs first (e.g. import).
    bool needsRuns = true;
};

} // namespace ps
