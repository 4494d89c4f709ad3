#pragma once

#include <QStringList>

namespace ps {

// `pstudio run FILE [--param NAME=VALUE]... [--workdir DIR] [--metrics-port PORT] [--no-cache] [--yes] [--json]`:
// runs the pipeline on the local engine, printing task state changes and logs as they
// happen. Exit 0 when the run succeeded, 1 when it failed, 2 when the file is unreadable
// or invalid (or the user did not confirm). With --metrics-port (0: any free port) the
// engine's metrics endpoint is served and listed, while the run lasts, in the targets folder
// of the user-level Prometheus, as the application does.
class RunCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace ps
