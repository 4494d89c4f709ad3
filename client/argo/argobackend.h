#pragma once

#include "apiresponse.h"
#include "diagnostic.h"
#include "runbackend.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

namespace ps {

class ApiClient;
class ArgoSchedules;
class ArgoWatch;
class KubeClient;

// Runs on Argo Workflows through the Argo Server REST API: submits (server-side lint,
// then create, labelled pipelinestudio.io/managed so our runs are found again), follows
// every run of the namespace through one workflow-events watch, maps node statuses onto
// the same tree the local engine builds, streams pod logs, fetches artifacts from
// /artifact-files, and stops, retries, resubmits and deletes; CronWorkflows are its
// schedules and WorkflowTemplates its templates (ArgoSchedules). A failing server never
// touches the pipeline document: failures come back as messages on the run and as the
// actions' outcomes (a refused submit with the lint's task diagnostics).
class ArgoBackend : public RunBackend
{
    Q_OBJECT
public:
    struct Settings {
        QString namespaceName = QStringLiteral("argo");
        QString label;                 // "Argo (label)" in name(); empty: the server address
        int pageSize = 100;            // listOptions.limit when listing runs
        int reconnectDelayMs = 1000;   // watch and log streams
    };
    // `api` is the Argo Server (directly or through a context's service proxy); not owned.
    ArgoBackend(ApiClient *api, Settings settings, QObject *parent = nullptr);
    ~ArgoBackend() override;

    // Lists our runs (paging) and then follows them; runsLoaded() when the list is in.
    void start();
    bool isLoaded() const { return m_loaded; }
    ArgoWatch *watch() const { return m_watch; }

    QString name() const override;
    BackendResult<QString> submit(const Pipeline &pipeline, const RunRequest &request) override;
    QList<RunSnapshot> listRuns() const override;
    std::optional<RunSnapshot> snapshot(const QString &runId) const override;
    BackendResult<bool> cancel(const QString &runId) override;      // terminate
    BackendResult<bool> retry(const QString &runId) override;
    BackendResult<QString> resubmit(const QString &runId, const QMap<QString, QString> &parameters) override;
    BackendResult<bool> removeRun(const QString &runId) override;
    LogStream *openLogStream(const QString &runId, const QString &nodeId, QObject *parent = nullptr) override;
    LogStream *readLog(const QString &runId, const QString &nodeId, QObject *parent = nullptr) override;
    QList<ArtifactInfo> artifacts(const QString &runId, const QString &nodeId = {}) const override;
    int fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath) override;
    QString metricMatchers(const QString &runId, const QString &nodeId = {}) const override;
    // The workflow as the server keeps it, read back as a pipeline (for the run graph).
    std::optional<Pipeline> pipelineOf(const QString &runId) const override;

    // Argo's own actions: stop (exit handlers still run), suspend and resume.
    bool canSuspend() const override { return true; }
    BackendResult<bool> stop(const QString &runId) override;
    BackendResult<bool> suspend(const QString &runId) override;
    BackendResult<bool> resume(const QString &runId) override;
    // The pod that ran a node (its latest attempt), or empty when it has none yet.
    QString podName(const QString &runId, const QString &nodeId) const;

    // CronWorkflows are its schedules, WorkflowTemplates its templates (ArgoSchedules).
    bool hasSchedules() const override { return true; }
    QString scheduleChoiceText(const QString &cron) const override;
    QFuture<BackendResult<QList<ScheduleInfo>>> listSchedules() override;
    BackendResult<bool> createSchedule(const Pipeline &pipeline, const RunRequest &request) override;
    BackendResult<bool> suspendSchedule(const QString &scheduleId) override;
    BackendResult<bool> resumeSchedule(const QString &scheduleId) override;
    BackendResult<bool> deleteSchedule(const QString &scheduleId) override;
    bool hasTemplates() const override { return true; }
    BackendResult<bool> publishTemplate(const Pipeline &pipeline, const QString &templateName) override;
    QFuture<BackendResult<QStringList>> listTemplates() override;

private:
    struct Run {
        RunSnapshot snapshot;
        QJsonObject workflow;
        QHash<QString, QString> argoNodeIds;
    };
    void loadPage(const QString &continueToken);
    void onEvent(const QString &type, const QJsonObject &workflow);
    void store(const QJsonObject &workflow);
    // Lints and creates a workflow; answers `request` (Submit or Resubmit) when the server has.
    void create(const QString &runId, const QJsonObject &workflow, const Pipeline &pipeline, const BackendAction &request);
    LogStream *logStream(const QString &runId, const QString &nodeId, bool follow, QObject *parent);
    void failRun(const QString &runId, const QString &error);
    // A refusal when the run has already finished (nothing to stop there).
    BackendResult<bool> refuseFinished(const QString &runId) const;
    BackendResult<bool> action(BackendAction::Kind kind, const QString &runId, const QString &verb, const QJsonObject &body = {});
    QJsonObject argoNode(const QString &runId, const QString &nodeId) const;
    QString workflowPath(const QString &name, const QString &verb = {}) const;

    QPointer<ApiClient> m_api;
    Settings m_settings;
    ArgoWatch *m_watch = nullptr;
    ArgoSchedules *m_schedules = nullptr;
    QHash<QString, Run> m_runs;
    bool m_loaded = false;
    int m_nextFetch = 1;
};

} // namespace ps
