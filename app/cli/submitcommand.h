#pragma once

#include <QStringList>

namespace ps {

// `pstudio submit FILE --to argo|kfp (--server URL | --context NAME) [--namespace NS]
// [--token-file F] [--experiment NAME] [--param NAME=VALUE]... [--follow] [--json]`:
// submits the pipeline to Argo Workflows or Kubeflow Pipelines; with --follow prints state
// changes and task logs until the run ends; with --json ends with the summary object of
// `pstudio run`. The token comes from --token-file, the kubeconfig (--context), the
// keychain (a saved connection to the same server) or ARGO_TOKEN / KFP_TOKEN: never from
// an argument. Exit 0 when the run succeeded (without --follow: was accepted), 1 when it
// failed or was refused, 2 when the file or the connection settings are invalid.
class SubmitCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace ps
