#pragma once

#include <QStringList>

namespace ps {

// `pstudio runs SUBCOMMAND …`: the runs of an engine from the terminal, as the `argo` CLI
// shows Argo's (list, get, logs, watch, stop, retry, delete, resubmit, …), for every engine:
// the local one (default; `--workdir DIR` as `pstudio run` takes it) or Argo and Kubeflow
// with the connection options of `pstudio submit`. Exit 0 done, 1 refused or failed (the
// server's message on stderr), 2 bad arguments.
class RunsCommand
{
public:
    static int run(const QStringList &args);
    static QString usage();
};

} // namespace ps
