#pragma once

#include "enginecontext.h"
#include "localrunregistry.h"
#include "runbackend.h"
#include "runownership.h"
#include "taskcache.h"
#include "truststore.h"

#include <QHash>
#include <QMap>

#include <memory>

namespace ps {

class LocalRun;
class MachineProbe;
class MetricsEndpoint;
class UsageSampler;

// The embedded engine: runs pipelines on this machine (see LocalRun). It composes what
// changes for different reasons: what the machine offers (MachineProbe), the run history on
// disk (LocalRunRegistry) shared with other processes on the same data directory
// (RunOwnership: their runs show and can be cancelled here), the tasks' CPU and memory
// (UsageSampler) served for Prometheus (MetricsEndpoint), and which pipelines the user
// trusts (TrustStore).
class LocalBackend : public RunBackend
{
    Q_OBJECT
public:
    struct Settings {
        QString dataDir;                 // empty: the application's data location
        int parallelism = 0;             // 0: the number of cores
        int retentionDays = 30;          // runs and cache entries older than this are pruned at start
        qint64 maxLogBytes = qint64(512) << 20; // a task that writes more output is stopped
        bool sandbox = true;             // use bubblewrap when it works
        bool containers = true;          // use podman/docker when one answers
        QString secretsFile;             // empty: SecretsFile::defaultPath()
    };
    explicit LocalBackend(Settings settings, QObject *parent = nullptr);
    ~LocalBackend() override;

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
    QString recordedLogPath(const QString &runId, const QString &nodeId) const override;
    QList<ArtifactInfo> artifacts(const QString &runId, const QString &nodeId = {}) const override;
    int fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath) override;
    QString metricMatchers(const QString &runId, const QString &nodeId = {}) const override;
    std::optional<Pipeline> pipelineOf(const QString &runId) const override;
    QStringList confirmationNeeded(const Pipeline &pipeline) const override;
    void confirm(const Pipeline &pipeline) override;

    // Trust: submit() refuses a pipeline never run here until it is trusted.
    TrustStore &trustStore() { return m_trust; }
    // Serves /metrics on 127.0.0.1:port (0: a free port); gives an error text or "".
    QString serveMetrics(quint16 port);
    quint16 metricsPort() const;
    QByteArray metricsText() const;
    // True once the machine has been probed (sandbox, container runtime) and runs start.
    bool isReady() const;
    // What the probes found, for people: "sandboxed with bubblewrap", "unsandboxed: …".
    QString environmentDescription() const;
    QString dataDir() const { return m_context.dataDir; }
    // Where runs are kept when Settings::dataDir is empty: the same for the GUI and the CLI.
    static QString defaultDataDir();
    QString runDir(const QString &runId) const;

    // How long a process that runs a run is given to cancel it when asked from here.
    static constexpr int kForeignCancelMs = 30000;

signals:
    void ready();
    // A line for the user about the engine itself (e.g. that it runs unsandboxed).
    void notice(const QString &text);

private:
    static QString dataDirOf(const Settings &settings);
    // A new run, started (or waiting for the probes); its id or why not.
    BackendResult<QString> startNew(const Pipeline &pipeline, const RunRequest &request);
    QString loggedNode(const QString &runId, const QString &nodeId) const;
    void probeFinished();
    void startRun(const QString &runId, const QHash<QString, QMap<QString, QString>> &reuse = {});
    void runChangedInternally(const QString &runId);
    // A run of another process changed on disk: answers a cancel asked of it once it ended.
    void foreignRunChanged(const QString &runId);
    LocalRun *makeRun(const QString &runId, const Pipeline &pipeline, const RunSnapshot &snapshot);

    Settings m_settings;
    EngineContext m_context;
    std::unique_ptr<TaskCache> m_cache;
    TrustStore m_trust;
    RunOwnership m_ownership;
    LocalRunRegistry m_registry;     // a member, not a child: it saves while the runs still exist
    QHash<QString, QTimer *> m_cancelsAsked;   // runs of other processes asked to cancel → give up timer
    QStringList m_waiting;           // submitted before the probes finished
    MachineProbe *m_probe = nullptr;
    UsageSampler *m_usage = nullptr;
    MetricsEndpoint *m_metrics = nullptr;
    int m_nextFetch = 1;
};

} // namespace ps
