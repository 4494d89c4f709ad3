#pragma once

#include "artifactinfo.h"
#include "backendresult.h"
#include "pipeline.h"
#include "runrequest.h"
#include "runsnapshot.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ps {

class LogStream;

// Where runs happen: the local engine, Argo, Kubeflow Pipelines. The run panels talk only to
// this interface. Every call returns at once; what takes time is announced by signals.
// Runs and tasks are named by ids the backend gives: a run id, and a node id from the run's
// snapshot (RunNode::id).
class RunBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A short name for people: "Local", "Argo (context)", "Kubeflow (host)".
    virtual QString name() const = 0;

    // Starts a run of `pipeline`; gives its id, or why it could not start.
    virtual BackendResult<QString> submit(const Pipeline &pipeline, const RunRequest &request) = 0;
    // The runs known, newest first (may be partly filled until runsLoaded()).
    virtual QList<RunSnapshot> listRuns() const = 0;
    // The latest snapshot of one run; nothing when the id is unknown.
    virtual std::optional<RunSnapshot> snapshot(const QString &runId) const = 0;

    // Stops every task of the run; it ends Failed with the message "cancelled".
    virtual BackendResult<bool> cancel(const QString &runId) = 0;
    // Runs again the failed tasks of a finished run and what depends on them, in the same run.
    virtual BackendResult<bool> retry(const QString &runId) = 0;
    // A new run of the same pipeline with other parameters (empty: the same ones).
    virtual BackendResult<QString> resubmit(const QString &runId, const QMap<QString, QString> &parameters) = 0;
    // Forgets a finished run and deletes what it left (logs, artifacts).
    virtual BackendResult<bool> removeRun(const QString &runId) = 0;
    // Argo's pause and graceful stop: suspend holds a running run where it is, resume lets it
    // go on, stop ends it while its exit handlers still run. Engines without them refuse.
    virtual bool canSuspend() const { return false; }
    virtual BackendResult<bool> suspend(const QString &runId) { return unsupported(runId); }
    virtual BackendResult<bool> resume(const QString &runId) { return unsupported(runId); }
    virtual BackendResult<bool> stop(const QString &runId) { return unsupported(runId); }

    // Follows the log of one node (a task, iteration or attempt; a retried task: its latest
    // attempt). The caller owns the stream.
    virtual LogStream *openLogStream(const QString &runId, const QString &nodeId, QObject *parent = nullptr) = 0;
    // A file in which the backend itself keeps that log in the record format (LogLine),
    // growing while the node runs, so a viewer can index it in place; empty when the backend
    // keeps none (then a LogRecorder keeps what openLogStream() delivers).
    virtual QString recordedLogPath(const QString &runId, const QString &nodeId) const
    {
        Q_UNUSED(runId);
        Q_UNUSED(nodeId);
        return {};
    }
    // The output artifacts of a node (of the whole run with an empty node id).
    virtual QList<ArtifactInfo> artifacts(const QString &runId, const QString &nodeId = {}) const = 0;
    // Copies an artifact to `targetPath` (a file or, for a directory artifact, a folder);
    // answers with artifactFetched(requestId, …). Returns the request id.
    virtual int fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath) = 0;

    // The pipeline a run ran, as the run graph draws it; nothing when the backend cannot tell.
    virtual std::optional<Pipeline> pipelineOf(const QString &runId) const
    {
        Q_UNUSED(runId)
        return std::nullopt;
    }
    // What the user must confirm before `pipeline` may run here, for people (e.g. the commands
    // of a pipeline never run on this machine); empty when nothing needs confirming.
    virtual QStringList confirmationNeeded(const Pipeline &pipeline) const
    {
        Q_UNUSED(pipeline)
        return {};
    }
    // The user has confirmed what confirmationNeeded() listed.
    virtual void confirm(const Pipeline &pipeline) { Q_UNUSED(pipeline) }

    // Runs here are grouped in experiments (Kubeflow): the run dialog asks for one
    // (RunRequest::experiment).
    virtual bool groupsRunsInExperiments() const { return false; }
    // The experiments there are, the default one (when set) first, or why the server did not say.
    virtual QFuture<BackendResult<QStringList>> experiments() { return QtFuture::makeReadyFuture(BackendResult<QStringList>{}); }

    // PromQL label matchers selecting the metrics of a run, or of one node of it,
    // e.g. {run="r-1",task="train(3)"}.
    virtual QString metricMatchers(const QString &runId, const QString &nodeId = {}) const = 0;

signals:
    void runAdded(const QString &runId);
    void runChanged(const QString &runId);
    void runRemoved(const QString &runId);
    void runsLoaded();
    void artifactFetched(int requestId, const QString &targetPath, const QString &error);

private:
    BackendResult<bool> unsupported(const QString &runId) const
    {
        return BackendResult<bool>::failure(tr("%1 cannot suspend, resume or stop run %2; cancel ends it.").arg(name(), runId));
    }
};

} // namespace ps
