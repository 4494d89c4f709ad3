#include "localbackend.h"

#include "filecopy.h"
#include "localrun.h"
#include "locallogstream.h"
#include "machineprobe.h"
#include "metricsendpoint.h"
#include "nativewriter.h"
#include "pipelinefilereader.h"
#include "rundirectory.h"
#include "secretsfile.h"
#include "usagesampler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <csignal>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalBackend)
};

QString newRunId(const QString &pipelineName)
{
    QString base = pipelineName.toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    base.replace(unsafe, QStringLiteral("-"));
    base = base.left(40);
    if (base.isEmpty())
        base = QStringLiteral("run");
    return QStringLiteral("%1-%2-%3").arg(base, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                          QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0'));
}

} // namespace

LocalBackend::LocalBackend(Settings settings, QObject *parent)
    : RunBackend(parent), m_settings(std::move(settings)), m_trust(dataDirOf(m_settings) + QStringLiteral("/trusted-pipelines.txt")),
      m_ownership(dataDirOf(m_settings) + QStringLiteral("/active")), m_registry(dataDirOf(m_settings) + QStringLiteral("/runs"), &m_ownership)
{
    m_context.dataDir = dataDirOf(m_settings);
    // Past a file size limit a write then fails with EFBIG, which the engine reports, rather
    // than ending the whole application (and, inherited, a task) with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    m_context.parallelism = m_settings.parallelism > 0 ? m_settings.parallelism : std::max(1, QThread::idealThreadCount());
    m_context.maxLogBytes = m_settings.maxLogBytes;
    m_context.secrets = SecretsFile::read(m_settings.secretsFile.isEmpty() ? SecretsFile::defaultPath() : m_settings.secretsFile);
    m_cache = std::make_unique<TaskCache>(m_context.dataDir + QStringLiteral("/cache"));
    m_cache->prune(m_settings.retentionDays);
    m_context.cache = m_cache.get();
    connect(&m_registry, &LocalRunRegistry::saveFailed, this, &LocalBackend::notice);
    connect(&m_registry, &LocalRunRegistry::runAppeared, this, &RunBackend::runAdded);
    connect(&m_registry, &LocalRunRegistry::runUpdated, this, &LocalBackend::foreignRunChanged);
    connect(&m_registry, &LocalRunRegistry::runVanished, this, [this](const QString &runId) {
        foreignRunChanged(runId);
        emit runRemoved(runId);
    });
    connect(&m_ownership, &RunOwnership::cancelRequested, this, [this](const QString &runId) {
        if (LocalRun *run = m_registry.run(runId); run && !run->isFinished())
            run->cancel();
    });
    m_usage = new UsageSampler(&m_registry, this);
    m_metrics = new MetricsEndpoint(m_usage, this);
    m_registry.load(m_settings.retentionDays);
    m_probe = new MachineProbe({m_settings.sandbox, m_settings.containers}, this);
    connect(m_probe, &MachineProbe::finished, this, &LocalBackend::probeFinished);
    QTimer::singleShot(0, this, &RunBackend::runsLoaded);
}

LocalBackend::~LocalBackend()
{
    const QMap<QString, LocalRun *> live = m_registry.liveRuns();
    for (LocalRun *run : live)
        if (!run->isFinished())
            run->cancel();
    m_registry.saveChanged();
}

QString LocalBackend::dataDirOf(const Settings &settings) { return settings.dataDir.isEmpty() ? defaultDataDir() : settings.dataDir; }

QString LocalBackend::name() const { return Tr::tr("Local"); }

QString LocalBackend::defaultDataDir()
{
    // Shared by the application and the command line, so both see the same run history.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pipeline-studio/engine");
}

QString LocalBackend::runDir(const QString &runId) const { return m_registry.runDir(runId); }

bool LocalBackend::isReady() const { return m_probe->isDone(); }

QString LocalBackend::environmentDescription() const { return m_probe->isDone() ? m_probe->description() : QString(); }

void LocalBackend::probeFinished()
{
    m_context.bwrap = m_probe->bwrap();
    m_context.containerRuntime = m_probe->containerRuntime();
    if (m_probe->unsandboxed())
        emit notice(m_probe->description());
    emit ready();
    for (const QString &id : std::exchange(m_waiting, {}))
        startRun(id);
}

LocalRun *LocalBackend::makeRun(const QString &runId, const Pipeline &pipeline, const RunSnapshot &snapshot)
{
    auto *run = new LocalRun(pipeline, snapshot, runDir(runId), &m_context, this);
    connect(run, &LocalRun::changed, this, [this, runId] { runChangedInternally(runId); });
    connect(run, &LocalRun::notice, this, &LocalBackend::notice);
    connect(run, &LocalRun::capacityFreed, this, [this] {
        const QMap<QString, LocalRun *> live = m_registry.liveRuns();
        for (LocalRun *other : live)
            if (!other->isFinished())
                other->pump();
    });
    connect(run, &LocalRun::finished, this, [this, runId] {
        m_usage->finish(runId); // the last tasks' usage, before the record is written
        runChangedInternally(runId);
        m_registry.saveChanged();
        m_ownership.release(runId);   // after its last state is saved: others read that
    });
    m_registry.attach(runId, run);
    return run;
}

BackendResult<QString> LocalBackend::submit(const Pipeline &pipeline, const RunRequest &request)
{
    const BackendResult<QString> started = startNew(pipeline, request);
    if (started.ok())
        finishActionLater({{BackendAction::Kind::Submit, started.value}, {}, started.value, {}});
    return started;
}

BackendResult<QString> LocalBackend::startNew(const Pipeline &pipeline, const RunRequest &request)
{
    using R = BackendResult<QString>;
    if (!m_trust.isTrusted(pipeline))
        return R::failure(Tr::tr("This pipeline has not been run on this machine before: confirm the commands it runs first."));
    for (auto it = request.parameters.cbegin(); it != request.parameters.cend(); ++it)
        if (!pipeline.parameter(it.key()))
            return R::failure(Tr::tr("the pipeline has no parameter '%1'").arg(it.key()));
    const QString id = newRunId(pipeline.name);
    const QString dir = runDir(id);
    if (!QDir().mkpath(dir + QStringLiteral("/logs")))
        return R::failure(Tr::tr("cannot create the run directory %1").arg(dir));
    QSaveFile file(RunDirectory::pipelinePath(dir));
    if (!file.open(QIODevice::WriteOnly) || file.write(NativeWriter::write(pipeline)) < 0 || !file.commit())
        return R::failure(Tr::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    RunSnapshot s;
    s.id = id;
    s.pipelineName = pipeline.name;
    s.displayName = request.displayName.isEmpty() ? id : request.displayName;
    s.sourcePath = request.sourcePath;
    s.cachingEnabled = request.cachingEnabled;
    s.parameters = request.parameters;
    s.createdAt = QDateTime::currentDateTimeUtc();
    m_ownership.claim(id);   // before its first state is written: no other process takes it for interrupted
    m_registry.add(s);
    makeRun(id, pipeline, s);
    m_registry.saveChanged();
    emit runAdded(id);
    if (isReady())
        startRun(id);
    else
        m_waiting.append(id);
    return {id, {}};
}

void LocalBackend::startRun(const QString &runId, const QHash<QString, QMap<QString, QString>> &reuse)
{
    if (LocalRun *run = m_registry.run(runId))
        run->start(reuse);
}

void LocalBackend::runChangedInternally(const QString &runId)
{
    if (!m_registry.contains(runId))
        return;
    m_registry.markChanged(runId);
    emit runChanged(runId);
}

QList<RunSnapshot> LocalBackend::listRuns() const { return m_registry.list(); }

std::optional<RunSnapshot> LocalBackend::snapshot(const QString &runId) const { return m_registry.snapshot(runId); }

BackendResult<bool> LocalBackend::cancel(const QString &runId)
{
    const std::optional<RunSnapshot> s = m_registry.snapshot(runId);
    if (!s)
        return BackendResult<bool>::failure(Tr::tr("there is no run '%1'").arg(runId));
    if (ps::isFinished(s->phase))
        return BackendResult<bool>::failure(Tr::tr("run '%1' has already finished").arg(runId));
    if (LocalRun *run = m_registry.run(runId)) {
        run->cancel();
        finishActionLater({{BackendAction::Kind::Cancel, runId}, {}, {}, {}});
        return {true, {}};
    }
    // Another process runs it: asked there, answered once it has ended (or not in time).
    if (!m_registry.isForeign(runId) || !m_ownership.requestCancel(runId))
        return BackendResult<bool>::failure(Tr::tr("run '%1' is not running in any process").arg(runId));
    if (!m_cancelsAsked.contains(runId)) {
        auto *limit = new QTimer(this);
        limit->setSingleShot(true);
        connect(limit, &QTimer::timeout, this, [this, runId] {
            if (QTimer *t = m_cancelsAsked.take(runId)) {
                t->deleteLater();
                finishAction({{BackendAction::Kind::Cancel, runId},
                              Tr::tr("the process that runs it did not stop it within %1 s").arg(kForeignCancelMs / 1000), {}, {}});
            }
        });
        limit->start(kForeignCancelMs);
        m_cancelsAsked.insert(runId, limit);
    }
    return {true, {}};
}

BackendResult<bool> LocalBackend::retry(const QString &runId)
{
    using R = BackendResult<bool>;
    const std::optional<RunSnapshot> s = snapshot(runId);
    if (!s)
        return R::failure(Tr::tr("there is no run '%1'").arg(runId));
    if (!ps::isFinished(s->phase) || s->phase == RunPhase::Succeeded)
        return R::failure(Tr::tr("only a failed run can be retried"));
    const LoadedFile loaded = PipelineFileReader::readFile(RunDirectory::pipelinePath(runDir(runId)));
    if (!loaded.ok())
        return R::failure(Tr::tr("the pipeline of run '%1' cannot be read back").arg(runId));
    if (!m_ownership.claim(runId))
        return R::failure(Tr::tr("run '%1' is being run by another process").arg(runId));
    QHash<QString, QMap<QString, QString>> reuse;
    RunSnapshot again = *s;
    for (const RunNode &n : s->nodes)
        if ((n.kind == RunNode::Kind::Task || n.kind == RunNode::Kind::Iteration)
            && (n.phase == TaskPhase::Succeeded || n.phase == TaskPhase::Cached))
            reuse.insert(n.id, n.outputs);
    if (LocalRun *old = m_registry.run(runId))
        old->deleteLater();
    makeRun(runId, loaded.asPipeline(), again);
    startRun(runId, reuse);
    finishActionLater({{BackendAction::Kind::Retry, runId}, {}, {}, {}});
    return {true, {}};
}

BackendResult<QString> LocalBackend::resubmit(const QString &runId, const QMap<QString, QString> &parameters)
{
    const std::optional<RunSnapshot> s = snapshot(runId);
    if (!s)
        return BackendResult<QString>::failure(Tr::tr("there is no run '%1'").arg(runId));
    const LoadedFile loaded = PipelineFileReader::readFile(RunDirectory::pipelinePath(runDir(runId)));
    if (!loaded.ok())
        return BackendResult<QString>::failure(Tr::tr("the pipeline of run '%1' cannot be read back").arg(runId));
    RunRequest request;
    request.parameters = parameters.isEmpty() ? s->parameters : parameters;
    request.cachingEnabled = s->cachingEnabled;
    request.sourcePath = s->sourcePath;
    const BackendResult<QString> started = startNew(loaded.asPipeline(), request);
    if (started.ok())
        finishActionLater({{BackendAction::Kind::Resubmit, runId}, {}, started.value, {}});
    return started;
}

BackendResult<bool> LocalBackend::removeRun(const QString &runId)
{
    if (!m_registry.contains(runId))
        return BackendResult<bool>::failure(Tr::tr("there is no run '%1'").arg(runId));
    if (const std::optional<RunSnapshot> s = m_registry.snapshot(runId); !ps::isFinished(s->phase))
        return BackendResult<bool>::failure(Tr::tr("run '%1' is still going; cancel it first").arg(runId));
    if (m_ownership.isOwnedElsewhere(runId))
        return BackendResult<bool>::failure(Tr::tr("run '%1' is being run by another process").arg(runId));
    m_registry.remove(runId);
    m_usage->forget(runId);
    emit runRemoved(runId);
    finishActionLater({{BackendAction::Kind::Delete, runId}, {}, {}, {}});
    return {true, {}};
}

QString LocalBackend::loggedNode(const QString &runId, const QString &nodeId) const
{
    // A task that was retried logs per attempt: its own log is that of its latest attempt.
    QString logged = nodeId;
    if (const std::optional<RunSnapshot> s = snapshot(runId))
        for (const RunNode *child : s->children(nodeId))
            if (child->kind == RunNode::Kind::Attempt)
                logged = child->id;
    return logged;
}

LogStream *LocalBackend::openLogStream(const QString &runId, const QString &nodeId, QObject *parent)
{
    const QString logged = loggedNode(runId, nodeId);
    auto *stream = new LocalLogStream(RunDirectory::logPath(runDir(runId), logged), logged, m_registry.run(runId), parent);
    if (m_registry.isForeign(runId)) // written by another process: read as it grows, until the node has ended there
        stream->followFile([this, runId, logged] {
            const std::optional<RunSnapshot> s = m_registry.snapshot(runId);
            const RunNode *n = s ? s->node(logged) : nullptr;
            return !s || ps::isFinished(s->phase) || (n && ps::isFinished(n->phase));
        });
    return stream;
}

LogStream *LocalBackend::readLog(const QString &runId, const QString &nodeId, QObject *parent)
{
    const QString logged = loggedNode(runId, nodeId);
    return new LocalLogStream(RunDirectory::logPath(runDir(runId), logged), logged, nullptr, parent);
}

void LocalBackend::foreignRunChanged(const QString &runId)
{
    const std::optional<RunSnapshot> s = m_registry.snapshot(runId);
    if (s)
        emit runChanged(runId);
    if (!s || ps::isFinished(s->phase))
        if (QTimer *limit = m_cancelsAsked.take(runId)) {
            limit->deleteLater();
            finishAction({{BackendAction::Kind::Cancel, runId}, {}, {}, {}});
        }
}

QString LocalBackend::recordedLogPath(const QString &runId, const QString &nodeId) const
{
    if (!m_registry.contains(runId))
        return {};
    return RunDirectory::logPath(runDir(runId), loggedNode(runId, nodeId));
}

QList<ArtifactInfo> LocalBackend::artifacts(const QString &runId, const QString &nodeId) const
{
    QList<ArtifactInfo> list;
    const std::optional<RunSnapshot> s = snapshot(runId);
    if (!s)
        return list;
    // The component tells which outputs are artifacts and of what type; for a run from an
    // earlier session it is read back from the run directory.
    const LocalRun *run = m_registry.run(runId);
    const Pipeline pipeline = run ? run->pipeline() : PipelineFileReader::readFile(RunDirectory::pipelinePath(runDir(runId))).asPipeline();
    for (const RunNode &n : s->nodes) {
        if ((!nodeId.isEmpty() && n.id != nodeId) || n.kind == RunNode::Kind::Loop || n.kind == RunNode::Kind::Graph)
            continue;
        const ComponentSpec *c = pipeline.component(n.component);
        for (auto it = n.outputs.cbegin(); it != n.outputs.cend(); ++it) {
            const PortSpec *port = c ? c->output(it.key()) : nullptr;
            const QFileInfo fi(it.value());
            if (!port || !port->artifact || !fi.exists())
                continue;
            ArtifactInfo a;
            a.name = it.key();
            a.nodeId = n.id;
            a.type = port->type.name();
            a.directory = fi.isDir();
            a.size = fi.isDir() ? -1 : fi.size();
            a.uri = fi.absoluteFilePath();
            list.append(a);
        }
    }
    return list;
}

int LocalBackend::fetchArtifact(const QString &runId, const ArtifactInfo &artifact, const QString &targetPath)
{
    Q_UNUSED(runId);
    const int id = m_nextFetch++;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, id, targetPath] {
        emit artifactFetched(id, targetPath, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([from = artifact.uri, targetPath] { return FileCopy::copy(from, targetPath); }));
    return id;
}

QString LocalBackend::metricMatchers(const QString &runId, const QString &nodeId) const
{
    return MetricsEndpoint::matchers(runId, nodeId);
}

QString LocalBackend::serveMetrics(quint16 port) { return m_metrics->serve(port); }

quint16 LocalBackend::metricsPort() const { return m_metrics->port(); }

QByteArray LocalBackend::metricsText() const { return m_metrics->text(); }

std::optional<Pipeline> LocalBackend::pipelineOf(const QString &runId) const
{
    if (const LocalRun *run = m_registry.run(runId))
        return run->pipeline();
    if (!m_registry.contains(runId))
        return std::nullopt;
    const LoadedFile loaded = PipelineFileReader::readFile(RunDirectory::pipelinePath(runDir(runId)));
    if (!loaded.readable)
        return std::nullopt;
    return loaded.asPipeline();
}

QStringList LocalBackend::confirmationNeeded(const Pipeline &pipeline) const
{
    return m_trust.isTrusted(pipeline) ? QStringList() : TrustStore::commandsOf(pipeline);
}

void LocalBackend::confirm(const Pipeline &pipeline) { m_trust.trust(pipeline); }

} // namespace ps
