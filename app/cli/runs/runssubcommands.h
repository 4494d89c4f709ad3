#pragma once

#include "runssubcommand.h"

#include <QList>

namespace ps {

// The subcommands of `pstudio runs`, in the order the usage text lists them.
class RunsSubcommands
{
public:
    static const QList<RunsSubcommand> &all();
    static const RunsSubcommand *find(const QString &name);
};

} // namespace ps
