#pragma once

#include "actionoutcome.h"
#include "artifactinfo.h"
#include "backendresult.h"
#include "connectionstate.h"
#include "pipeline.h"
#include "runrequest.h"
#include "runsnapshot.h"
#include "scheduleinfo.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ps {

class LogStream;

// Where runs happen: the local engine, Argo, Kubeflow Pipelines. Panels and the command line
// talk only to this interface; a new engine is a new folder under client/ that implements it.
// Every call returns at once; what takes time is announced by signals. Runs and tasks are
// named by ids the backend gives: a run id, and a node id from the run's snapshot (RunNode::id).
//
// Actions (submit, cancel, stop, suspend, resume, retry, resubmit, delete, and the schedule
// and template changes) answer twice: at once with an error when they are refused before
// anything is asked (unknown run, a run still going…), and otherwise later with exactly one
// actionFinished() carrying the request it answers (BackendAction) and the outcome, with the
// server's reason when the server refused or failed. That answer never comes from inside the
// call, so a caller may connect after calling.
class RunBackend : public QObject
{
    Q_OBJECT
public:
    // How current what the backend shows of a run is. Live: as it is now. Reconnecting: its
    // watch or one of its log streams dropped and is being re-established. Stale: the backend
    // lost its server for good (refused, given up): the last known state, not what happens
    // now. A finished run is always Live.
    enum class Freshness { Live, Reconnecting, Stale };

    explicit RunBackend(QObject *parent = nullptr);

    // A short name for people: "Local", "Argo (context)", "Kubeflow (host)".
    virtual QString name() const = 0;

    // Starts a run of `pipeline`; gives its id, or why it could not start. Accepted:
    // actionFinished(Submit) says whether the server created it.
    virtual BackendResult<QString> submit(const Pipeline &pipeline, const RunRequest &request) = 0;
    // The runs known, newest first (may be partly filled until runsLoaded()).
    virtual QList<RunSnapshot> listRuns() const = 0;
    // Whether the runs have been listed once (runsLoaded() has been emitted).
    bool hasListedRuns() const { return m_listed; }
    // The latest snapshot of one run; nothing when the id is unknown.
    virtual std::optional<RunSnapshot> snapshot(const QString &runId) const = 0;

    // Stops every task of the run; it ends Failed with the message "cancelled".
    virtual BackendResult<bool> cancel(const QString &runId) = 0;
    // Runs again the failed tasks of a finished run and what depends on them, in the same run.
    virtual BackendResult<bool> retry(const QString &runId) = 0;
    // A new run of the same pipeline with other parameters (empty: the same ones). The id
    // given at once may be provisional: the outcome's result is the run's id.
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
    // attempt) until the node has ended. The caller owns the stream.
    virtual LogStream *openLogStream(const QString &runId, const QString &nodeId, QObject *parent = nullptr) = 0;
    // The log of one node as far as it is written now, not followed: the stream finishes once
    // that is delivered. Default: openLogStream (complete for a finished node).
    virtual LogStream *readLog(const QString &runId, const QString &nodeId, QObject *parent = nullptr)
    {
        return openLogStream(runId, nodeId, parent);
    }
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

    // Schedules (Argo CronWorkflows, Kubeflow recurring runs): runs started on a cron. The
    // changes are actions (answered by actionFinished); the list is a query.
    virtual bool hasSchedules() const { return false; }
    // The Run dialog's choice to schedule instead of running once, for a pipeline with
    // `cron`: "Create a CronWorkflow with cron …".
    virtual QString scheduleChoiceText(const QString &cron) const;
    virtual QFuture<BackendResult<QList<ScheduleInfo>>> listSchedules();
    // A schedule of `pipeline` on its own cron (Pipeline::schedule); CreateSchedule's target is
    // the pipeline's name, its result the schedule's id.
    virtual BackendResult<bool> createSchedule(const Pipeline &pipeline, const RunRequest &request);
    virtual BackendResult<bool> suspendSchedule(const QString &scheduleId) { return noSchedules(scheduleId); }
    virtual BackendResult<bool> resumeSchedule(const QString &scheduleId) { return noSchedules(scheduleId); }
    virtual BackendResult<bool> deleteSchedule(const QString &scheduleId) { return noSchedules(scheduleId); }

    // Templates (Argo WorkflowTemplates): pipelines published on the server under a name,
    // for others to run. Publishing is an action (PublishTemplate, target: the name).
    virtual bool hasTemplates() const { return false; }
    virtual BackendResult<bool> publishTemplate(const Pipeline &pipeline, const QString &templateName);
    virtual QFuture<BackendResult<QStringList>> listTemplates();

    // PromQL label matchers selecting the metrics of a run, or of one node of it, e.g.
    // {run="r-1",task="train(3)"}; every value escaped (LabelMatchers::escapeValue).
    virtual QString metricMatchers(const QString &runId, const QString &nodeId = {}) const = 0;

    // Whether the backend hears its server; connectionStateChanged() when that changes.
    ConnectionState connectionState() const { return m_connection; }
    Freshness freshness(const QString &runId) const;

signals:
    void runAdded(const QString &runId);
    void runChanged(const QString &runId);
    void runRemoved(const QString &runId);
    void runsLoaded();
    void artifactFetched(int requestId, const QString &targetPath, const QString &error);
    // The one answer to an action that was accepted (see above).
    void actionFinished(const ps::ActionOutcome &outcome);
    void connectionStateChanged(const ps::ConnectionState &state);
    // freshness(runId) changed.
    void freshnessChanged(const QString &runId);

protected:
    // For implementations: announce an outcome now (from an answer of the server), or on the
    // next turn of the event loop (for an action done at once).
    void finishAction(const ActionOutcome &outcome);
    void finishActionLater(const ActionOutcome &outcome);
    void setConnectionState(ConnectionState::Kind kind, const QString &reason = {});
    // An action whose answer is a future: refused at once when the future already holds a
    // refusal (nothing was asked of the server), else answered by actionFinished when it is
    // in (its value is the outcome's result).
    BackendResult<bool> answer(const BackendAction &request, QFuture<BackendResult<QString>> future);
    // Follows a log stream the backend opened for `runId`, so that a drop of it shows as
    // Reconnecting on the run until the stream is back. Gives `stream`.
    LogStream *tracked(const QString &runId, LogStream *stream);

private:
    BackendResult<bool> unsupported(const QString &runId) const
    {
        return BackendResult<bool>::failure(tr("%1 cannot suspend, resume or stop run %2; cancel ends it.").arg(name(), runId));
    }
    BackendResult<bool> noSchedules(const QString &scheduleId) const;
    // Emits freshnessChanged for every unfinished run.
    void unfinishedRunsChanged();

    ConnectionState m_connection;
    QHash<QString, int> m_reconnectingStreams;   // run → its log streams that dropped
    bool m_listed = false;
};

} // namespace ps
