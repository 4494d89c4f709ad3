#include "localbackend.h"

#include "filecopy.h"
#include "localrun.h"
#include "locallogstream.h"
#include "metricsserver.h"
#include "nativewriter.h"
#include "pipelinefilereader.h"
#include "processtree.h"
#include "rundirectory.h"
#include "runorder.h"
#include "sandbox.h"
#include "secretsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
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

QString escapeLabel(const QString &v)
{
    QString s = v;
    return s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
}

} // namespace

LocalBackend::LocalBackend(Settings settings, QObject *parent)
    : RunBackend(parent), m_settings(std::move(settings)),
      m_trust((m_settings.dataDir.isEmpty() ? defaultDataDir() : m_settings.dataDir) + QStringLiteral("/trusted-pipelines.txt"))
{
    m_context.dataDir = m_settings.dataDir.isEmpty() ? defaultDataDir() : m_settings.dataDir;
    // Past a file size limit a write then fails with EFBIG, which the engine reports, rather
    // than ending the whole application (and, inherited, a task) with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    m_context.parallelism = m_settings.parallelism > 0 ? m_settings.parallelism : std::max(1, QThread::idealThreadCount());
    m_context.maxLogBytes = m_settings.maxLogBytes;
    m_context.secrets = SecretsFile::read(m_settings.secretsFile.isEmpty() ? SecretsFile::defaultPath() : m_settings.secretsFile);
    QDir().mkpath(m_context.dataDir + QStringLiteral("/runs"));
    m_cache = std::make_unique<TaskCache>(m_context.dataDir + QStringLiteral("/cache"));
    m_cache->prune(m_settings.retentionDays);
    m_context.cache = m_cache.get();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, &LocalBackend::saveDirty);
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &LocalBackend::sample);
    m_sampleTimer.start();
    loadRuns();
    probe();
    QTimer::singleShot(0, this, &RunBackend::runsLoaded);
}

LocalBackend::~LocalBackend()
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it)
        if (it->run && !it->run->isFinished())
            it->run->cancel();
    saveDirty();
}

QString LocalBackend::name() const { return Tr::tr("Local"); }

QString LocalBackend::defaultDataDir()
{
    // Shared by the application and the command line, so both see the same run history.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pipeline-studio/engine");
}

QString LocalBackend::runDir(const QString &runId) const { return m_context.dataDir + QStringLiteral("/runs/") + runId; }

void LocalBackend::loadRuns()
{
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays);
    const QDir runs(m_context.dataDir + QStringLiteral("/runs"));
    for (const QString &id : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        std::optional<RunSnapshot> s = RunDirectory::load(runs.filePath(id));
        if (!s)
            continue;
        if (s->createdAt.isValid() && s->createdAt < oldest && ps::isFinished(s->phase)) {
            QDir(runs.filePath(id)).removeRecursively();
            continue;
        }
        if (!ps::isFinished(s->phase)) {
            // The application ended while this run was going: say so rather than lose it.
            s->phase = RunPhase::Error;
            s->message = Tr::tr("interrupted: the application stopped while the run was going");
            s->finishedAt = QDateTime::currentDateTimeUtc();
            for (RunNode &n : s->nodes) {
                if (!ps::isFinished(n.phase)) {
                    n.phase = TaskPhase::Error;
                    n.message = Tr::tr("interrupted");
                }
            }
            RunDirectory::save(runs.filePath(id), *s);
        }
        m_runs.insert(s->id, Entry{*s, nullptr, false});
    }
}

void LocalBackend::probe()
{
    // Each probe is an asynchronous process with a time limit; runs wait until all answered.
    auto start = [this](const QString &program, const QStringList &args, std::function<void(bool)> done) {
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty()) {
            done(false);
            return;
        }
        ++m_probesLeft;
        auto *p = new QProcess(this);
        p->setProgram(path);
        p->setArguments(args);
        auto *limit = new QTimer(p);
        limit->setSingleShot(true);
        connect(limit, &QTimer::timeout, p, &QProcess::kill);
        connect(p, &QProcess::finished, this, [this, p, done](int code, QProcess::ExitStatus status) {
            done(status == QProcess::NormalExit && code == 0);
            p->deleteLater();
            probeFinished();
        });
        connect(p, &QProcess::errorOccurred, this, [this, p, done](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            done(false);
            p->deleteLater();
            probeFinished();
        });
        p->start();
        limit->start(5000);
    };
    ++m_probesLeft; // held until every probe has been started
    if (m_settings.sandbox)
        start(QStringLiteral("bwrap"), Sandbox::probeArguments(), [this](bool ok) {
            if (ok)
                m_context.bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        });
    if (m_settings.containers)
        for (const QString &runtime : {QStringLiteral("podman"), QStringLiteral("docker")})
            start(runtime, {QStringLiteral("info")}, [this, runtime](bool ok) {
                if (ok && m_context.containerRuntime.isEmpty())
                    m_context.containerRuntime = runtime;
            });
    // Always from the event loop, so whoever made the backend hears ready() and notice().
    QTimer::singleShot(0, this, &LocalBackend::probeFinished);
}

void LocalBackend::probeFinished()
{
    if (--m_probesLeft > 0)
        return;
    m_ready = true;
    if (!m_context.containerRuntime.isEmpty())
        m_environment = Tr::tr("container steps run with %1").arg(m_context.containerRuntime);
    else if (!m_context.bwrap.isEmpty())
        m_environment = Tr::tr("tasks run on this machine, sandboxed with bubblewrap");
    else
        m_environment = Tr::tr("tasks run on this machine unsandboxed: bubblewrap is not installed or does not work here");
    if (m_context.bwrap.isEmpty() && m_context.containerRuntime.isEmpty())
        emit notice(m_environment);
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
        for (const Entry &e : std::as_const(m_runs))
            if (e.run && !e.run->isFinished())
                e.run->pump();
    });
    connect(run, &LocalRun::finished, this, [this, runId] {
        runChangedInternally(runId);
        saveDirty();
    });
    m_runs[runId].run = run;
    return run;
}

BackendResult<QString> LocalBackend::submit(const Pipeline &pipeline, const RunRequest &request)
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
    m_runs.insert(id, Entry{s, nullptr, true});
    makeRun(id, pipeline, s);
    saveDirty();
    emit runAdded(id);
    if (m_ready)
        startRun(id);
    else
        m_waiting.append(id);
    return {id, {}};
}

void LocalBackend::startRun(const QString &runId, const QHash<QString, QMap<QString, QString>> &reuse)
{
    if (LocalRun *run = m_runs.value(runId).run)
        run->start(reuse);
}

void LocalBackend::runChangedInternally(const QString &runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
    emit runChanged(runId);
}

void LocalBackend::saveDirty()
{
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (!it->dirty)
            continue;
        it->dirty = false;
        if (it->run)
            it->snapshot = it->run->snapshot();
        if (const QString error = RunDirectory::save(runDir(it.key()), it->snapshot); !error.isEmpty())
            emit notice(error);
    }
}

QList<RunSnapshot> LocalBackend::listRuns() const
{
    QList<RunSnapshot> list;
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
        list.append(it->run ? it->run->snapshot() : it->snapshot);
    sortNewestFirst(list);
    return list;
}

std::optional<RunSnapshot> LocalBackend::snapshot(const QString &runId) const
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return std::nullopt;
    return it->run ? it->run->snapshot() : it->snapshot;
}

BackendResult<bool> LocalBackend::cancel(const QString &runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return BackendResult<bool>::failure(Tr::tr("there is no run '%1'").arg(runId));
    if (!it->run || it->run->isFinished())
        return BackendResult<bool>::failure(Tr::tr("run '%1' has already finished").arg(runId));
    it->run->cancel();
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
    QHash<QString, QMap<QString, QString>> reuse;
    RunSnapshot again = *s;
    for (const RunNode &n : s->nodes)
        if ((n.kind == RunNode::Kind::Task || n.kind == RunNode::Kind::Iteration)
            && (n.phase == TaskPhase::Succeeded || n.phase == TaskPhase::Cached))
            reuse.insert(n.id, n.outputs);
    if (LocalRun *old = m_runs.value(runId).run)
        old->deleteLater();
    makeRun(runId, loaded.asPipeline(), again);
    startRun(runId, reuse);
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
    return submit(loaded.asPipeline(), request);
}

BackendResult<bool> LocalBackend::removeRun(const QString &runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return BackendResult<bool>::failure(Tr::tr("there is no run '%1'").arg(runId));
    if (it->run && !it->run->isFinished())
        return BackendResult<bool>::failure(Tr::tr("run '%1' is still going; cancel it first").arg(runId));
    if (it->run)
        it->run->deleteLater();
    m_runs.erase(it);
    m_samples.remove(runId);
    QDir(runDir(runId)).removeRecursively();
    emit runRemoved(runId);
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
    return new LocalLogStream(RunDirectory::logPath(runDir(runId), logged), logged, m_runs.value(runId).run, parent);
}

QString LocalBackend::recordedLogPath(const QString &runId, const QString &nodeId) const
{
    if (!m_runs.contains(runId))
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
    const LocalRun *run = m_runs.value(runId).run;
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
    if (nodeId.isEmpty())
        return QStringLiteral("{run=\"%1\"}").arg(escapeLabel(runId));
    return QStringLiteral("{run=\"%1\",task=\"%2\"}").arg(escapeLabel(runId), escapeLabel(nodeId));
}

QString LocalBackend::serveMetrics(quint16 port)
{
    if (!m_metrics)
        m_metrics = new MetricsServer([this] { return metricsText(); }, this);
    return m_metrics->listen(port);
}

quint16 LocalBackend::metricsPort() const { return m_metrics ? m_metrics->port() : 0; }

void LocalBackend::sample()
{
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        if (!it->run)
            continue;
        QHash<QString, Sample> &samples = m_samples[it.key()];
        for (Sample &s : samples)
            s.running = false;
        const QHash<QString, qint64> sessions = it->run->runningSessions();
        for (auto s = sessions.cbegin(); s != sessions.cend(); ++s) {
            const ProcessTree::Usage u = ProcessTree::sessionUsage(s.value());
            Sample &sample = samples[s.key()];
            sample.cpu = std::max(sample.cpu, u.cpuSeconds); // a counter never goes down
            sample.memory = u.residentBytes;
            sample.running = true;
        }
    }
}

QByteArray LocalBackend::metricsText() const
{
    QByteArray cpu = "# HELP pstudio_task_cpu_seconds_total CPU time used by a task's processes.\n"
                     "# TYPE pstudio_task_cpu_seconds_total counter\n";
    QByteArray memory = "# HELP pstudio_task_memory_bytes Resident memory of a task's processes.\n"
                        "# TYPE pstudio_task_memory_bytes gauge\n";
    QByteArray running = "# HELP pstudio_task_running Whether a task is running.\n"
                         "# TYPE pstudio_task_running gauge\n";
    for (auto r = m_samples.cbegin(); r != m_samples.cend(); ++r) {
        for (auto t = r->cbegin(); t != r->cend(); ++t) {
            const QByteArray labels = metricMatchers(r.key(), t.key()).toUtf8();
            cpu += "pstudio_task_cpu_seconds_total" + labels + ' ' + QByteArray::number(t->cpu, 'f', 3) + '\n';
            memory += "pstudio_task_memory_bytes" + labels + ' ' + QByteArray::number(t->running ? t->memory : 0) + '\n';
            running += "pstudio_task_running" + labels + ' ' + (t->running ? "1" : "0") + '\n';
        }
    }
    return cpu + memory + running;
}

std::optional<Pipeline> LocalBackend::pipelineOf(const QString &runId) const
{
    if (const LocalRun *run = m_runs.value(runId).run)
        return run->pipeline();
    if (!m_runs.contains(runId))
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
