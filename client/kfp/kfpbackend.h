#pragma once

#include "runbackend.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace ps {

class ApiClient;
class KfpRecurringRuns;
class KubeClient;
struct ApiResponse;

// Runs on Kubeflow Pipelines through the v2beta1 REST API: uploads the pipeline as KFP IR
// (or a new version of it), creates the run with runtime_config.parameters in an
// experiment (created when missing), follows runs by polling with back-off, maps
// run_details.task_details onto the tasks, terminates and retries. Logs come through the
// Kubernetes pod log API (the task's pod_name, container main) when a kubeconfig context
// is given; artifacts through the `:read` endpoint.
//
// KFP names a run only when it is created, so submit() gives an id of ours at once and
// keeps it for the whole session (snapshot(id).id is that id); runs listed from the server
// carry KFP's run_id.
class KfpBackend : public RunBackend
{
    Q_OBJECT
public:
    struct Settings {
        QString namespaceName;               // "" for single-user deployments
        QString podNamespace = QStringLiteral("kubeflow");   // where the run pods are (for logs)
        QString experiment = QStringLiteral("Pipeline Studio");
        QString label;                       // "Kubeflow (label)"
        int pollIntervalMs = 2000;           // first poll after a change
        int maxPollIntervalMs = 30000;       // back-off ceiling while nothing changes
        int pageSize = 100;
    };
    // `api`: the KFP API server; `kube`: for pod logs (may be null). Neither is owned.
    KfpBackend(ApiClient *api, KubeClient *kube, Settings settings, QObject *parent = nullptr);
    ~KfpBackend() override;

    // Lists the runs (paging), then polls the unfinished ones.
    void start();
    int pollIntervalMs() const { return m_interval; }

    QString name() const override;
    BackendResult<QString> submit(const Pipeline &pipeline, const RunRequest &request) override;
    QList<RunSnapshot> listRuns() const override;
    std::optional<RunSnapshot> snapshot(const QString &runId) const override;
    BackendResult<bool> cancel(const QString &runId) override;
    BackendResult<bool> retry(const QString &runId) override;
    BackendResult<QString> resubmit(const QString &runId, const QMap<QString, QString> &parameters) override;
    BackendResult<bool> removeRun(const QString &runId) override;
    LogStream *openLogStream(const QString &runId, const QString &nodeId, QObject *parent = nullptr) override;
    LogStream *readLog(const QString &runId, const QString &nodeId, QObject *parent = nullptr) override;
    QList<ArtifactInfo> artifacts(const QString &runId, const QString &nodeId = {}) const override;
    int fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath) override;
    QString metricMatchers(const QString &runId, const QString &nodeId = {}) const override;
    bool groupsRunsInExperiments() const override { return true; }
    // The experiments of the namespace by display name, Settings::experiment first.
    QFuture<BackendResult<QStringList>> experiments() override;
    // From the run's pipeline_spec, or its pipeline version's (fetched once per version;
    // runChanged tells when it arrives).
    std::optional<Pipeline> pipelineOf(const QString &runId) const override;

    // Recurring runs are its schedules (KfpRecurringRuns); suspend and resume are KFP's
    // :disable and :enable.
    bool hasSchedules() const override { return true; }
    QString scheduleChoiceText(const QString &cron) const override;
    QFuture<BackendResult<QList<ScheduleInfo>>> listSchedules() override;
    BackendResult<bool> createSchedule(const Pipeline &pipeline, const RunRequest &request) override;
    BackendResult<bool> suspendSchedule(const QString &scheduleId) override;
    BackendResult<bool> resumeSchedule(const QString &scheduleId) override;
    BackendResult<bool> deleteSchedule(const QString &scheduleId) override;
    // KFP's run id behind one of ours (they differ for runs submitted in this session).
    QString kfpRunId(const QString &runId) const;

private:
    struct Run {
        RunSnapshot snapshot;
        QJsonObject run;
        QHash<QString, QString> podNames;
        QString kfpId;
    };
    void loadPage(const QString &token);
    // page_size, the namespace and page_token (when not empty) of a listing.
    QUrlQuery pageQuery(const QString &token) const;
    void poll();
    void store(const QString &ourId, const QJsonObject &run);
    void submitIr(const QString &ourId, const QByteArray &yaml, const QString &pipelineName, const QString &experiment,
                  const QJsonObject &body);
    BackendResult<bool> post(BackendAction::Kind kind, const QString &runId, const QString &verb);
    LogStream *logStream(const QString &runId, const QString &nodeId, bool follow, QObject *parent);
    // A poll or listing failed: reconnecting, or refused for good (401, 403).
    void lostServer(const ApiResponse &response);
    void fetchVersionSpec(const QJsonObject &versionReference);

    QPointer<ApiClient> m_api;
    QPointer<KubeClient> m_kube;
    Settings m_settings;
    QHash<QString, Run> m_runs;
    QHash<QString, QString> m_ours;    // KFP run id → our id
    QSet<QString> m_forced;            // polled next time even if finished (after an action)
    QHash<QString, QJsonObject> m_versionSpecs;   // pipeline version id → its pipeline_spec (empty: asked)
    KfpRecurringRuns *m_recurring = nullptr;
    QTimer m_poll;
    int m_interval = 0;
    int m_pending = 0;                 // polls out
    bool m_changed = false;
    int m_nextId = 1;
    int m_nextFetch = 1;
};

} // namespace ps
