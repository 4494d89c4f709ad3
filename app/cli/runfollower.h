#pragma once

#include <QString>

class QTextStream;

namespace ps {

class RunBackend;
struct RunSnapshot;

// Follows one run of a backend for the command line: prints each node's state changes and,
// while a task runs, its log lines as "[node] line"; Ctrl-C cancels the run. Shared by
// `pstudio run` (local engine) and `pstudio submit --follow` (a cluster).
class RunFollower
{
public:
    RunFollower(RunBackend &backend, QTextStream &progress, QTextStream &err) : m_backend(backend), m_progress(progress), m_err(err) {}

    // Turns the event loop until the run is finished; its last snapshot.
    RunSnapshot follow(const QString &runId);
    // "run ID: Phase (message)" on the progress stream.
    void printOutcome(const QString &runId, const RunSnapshot &snapshot);
    // The summary object of --json on stdout: {run, phase, tasks[{name, phase, message}]}.
    static void writeJson(const QString &runId, const RunSnapshot &snapshot);

private:
    RunBackend &m_backend;
    QTextStream &m_progress;
    QTextStream &m_err;
};

} // namespace ps
