#pragma once

#include "actionoutcome.h"
#include "runsarguments.h"
#include "runsnapshot.h"

#include <optional>

class QTextStream;

namespace ps {

class RunBackend;

// What a `pstudio runs` subcommand works with: the engine the connection options named, the
// subcommand's arguments, and the two output streams (results on `out`, progress and
// complaints on `err`). Waiting here turns the event loop.
class RunsSession
{
public:
    RunsSession(RunBackend &backend, const RunsArguments &args, QTextStream &out, QTextStream &err, bool local)
        : m_backend(backend), m_args(args), m_out(out), m_err(err), m_local(local)
    {
    }

    RunBackend &backend() const { return m_backend; }
    const RunsArguments &args() const { return m_args; }
    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }
    // The local engine: it runs in this process, so a run it starts lasts as long as pstudio.
    bool isLocal() const { return m_local; }

    // Waits until the engine has listed its runs; false after saying on err why it could not.
    bool waitForRuns();
    // The run named on the command line, or nothing after saying on err that there is none.
    std::optional<RunSnapshot> find(const QString &runId) const;
    // Waits for the one answer to `request`, accepted just now; a refusal or failure is said on
    // err with the server's reason. Gives up (as a failure) when no answer comes in time.
    ActionOutcome awaitOutcome(const BackendAction &request, int timeoutMs = kActionTimeoutMs) const;
    // Follows a run of the local engine (progress and task logs on err, as `pstudio run`
    // prints them) until it ends; 0 when it succeeded, 1 otherwise.
    int followToEnd(const QString &runId) const;

    static constexpr int kListTimeoutMs = 60000;
    static constexpr int kActionTimeoutMs = 60000;

private:
    RunBackend &m_backend;
    const RunsArguments &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_local;
};

} // namespace ps
