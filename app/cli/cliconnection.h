#pragma once

#include "backendresult.h"

#include <QStringList>

#include <memory>

class QTextStream;

namespace ps {

class HttpClient;
class RunBackend;

// Where `pstudio submit` and `pstudio runs` reach an engine, from the options they share:
// `--to argo|kfp` with `--server URL` or `--context NAME`, `--namespace NS`, `--token-file F`;
// without `--to` (where allowed) the local engine, whose runs live in `--workdir DIR` as for
// `pstudio run`. A token comes from --token-file, the kubeconfig (--context), the keychain (a
// saved connection to the same server) or ARGO_TOKEN / KFP_TOKEN: never from an argument.
class CliConnection
{
public:
    struct Options {
        QString to;              // "argo", "kfp"; empty: the local engine
        QString server;
        QString context;
        QString namespaceName;
        QString tokenFile;
        QString workdir;
        bool local() const { return to.isEmpty(); }
    };

    CliConnection();
    ~CliConnection();

    // Takes the connection options out of `args` (the others stay, in order). Gives the
    // complaint for people when one is missing its value or a token is given as an argument.
    static QString take(QStringList *args, Options *options);
    // Whether the options name an engine: the complaint for people, or "". `localAllowed`:
    // no --to means the local engine.
    static QString check(const Options &options, bool localAllowed);
    // The usage text of the connection options.
    static QString usage(bool localAllowed);

    // Opens the engine; the error for people when it cannot (a bad token file, an unknown
    // context). Warnings (TLS verification off) go to `err`. With `follow`, a cluster engine
    // lists its runs and follows them (Argo's watch, KFP's polling) from the start.
    BackendResult<RunBackend *> open(const Options &options, QTextStream &err, bool follow = true);
    RunBackend *backend() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace ps
