#include "runssubcommands.h"

// Every `pstudio runs` subcommand, one line each: `RunsSubcommand NAME()` is defined in a file
// of this folder (CMake picks the folder's files up).
#define PS_RUNS_SUBCOMMANDS(X) \
    X(runsList)                \
    X(runsGet)                 \
    X(runsLogs)                \
    X(runsWatch)               \
    X(runsStop)                \
    X(runsRetry)               \
    X(runsDelete)              \
    X(runsResubmit)

namespace ps {

#define PS_DECLARE_RUNS_SUBCOMMAND(name) RunsSubcommand name();
PS_RUNS_SUBCOMMANDS(PS_DECLARE_RUNS_SUBCOMMAND)

const QList<RunsSubcommand> &RunsSubcommands::all()
{
#define PS_LIST_RUNS_SUBCOMMAND(name) name(),
    static const QList<RunsSubcommand> list{PS_RUNS_SUBCOMMANDS(PS_LIST_RUNS_SUBCOMMAND)};
    return list;
}

const RunsSubcommand *RunsSubcommands::find(const QString &name)
{
    for (const RunsSubcommand &c : all())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace ps
