#include "runcomparisonloader.h"

#include "runbackend.h"
#include "taskpath.h"

#include <QFile>

namespace ps {

RunComparisonLoader::RunComparisonLoader(UsageStore store, QObject *parent) : QObject(parent), m_store(std::move(store)) {}

void RunComparisonLoader::load(const QList<Run> &runs)
{
    m_inputs.clear();
    m_jobs.clear();
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_started = false;
    for (const Run &r : runs) {
        std::optional<RunSnapshot> snapshot = r.backend ? r.backend->snapshot(r.runId) : std::nullopt;
        if (!snapshot) {
            m_errors << tr("There is no run %1.").arg(r.runId);
            continue;
        }
        m_store.fill(r.backend->name(), *snapshot);
        const int input = int(m_inputs.size());
        m_inputs.append({*snapshot, r.backend->pipelineOf(r.runId), {}});
        if (!m_connected.contains(r.backend)) {
            m_connected.insert(r.backend);
            connect(r.backend, &RunBackend::artifactFetched, this,
                    [this, backend = r.backend](int id, const QString &path, const QString &error) { fetched(backend, id, path, error); });
        }
        const QHash<QString, QString> paths = TaskPath::ofAll(*snapshot);
        for (const ArtifactInfo &a : r.backend->artifacts(r.runId)) {
            if (!MetricsArtifact::looksLikeMetrics(a.type, a.name) || a.directory || a.size > kMaxMetricsBytes)
                continue;
            Job job{input, paths.value(a.nodeId, a.nodeId), a.name, r.backend, 0, false, {}};
            m_jobs.append(job);
            const QString target = m_dir->filePath(QStringLiteral("metrics-%1.json").arg(m_jobs.size()));
            m_jobs.last().requestId = r.backend->fetchArtifact(r.runId, a, target);
        }
    }
    m_started = true;
    finishIfDone();
}

void RunComparisonLoader::fetched(RunBackend *backend, int requestId, const QString &path, const QString &error)
{
    for (Job &job : m_jobs) {
        if (job.done || job.backend != backend || job.requestId != requestId)
            continue;
        job.done = true;
        if (!error.isEmpty()) {
            m_errors << tr("The metrics %1 of task %2 could not be fetched: %3").arg(job.artifact, job.task, error);
        } else {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                job.metrics = MetricsArtifact::parse(file.read(kMaxMetricsBytes));
        }
        break;
    }
    finishIfDone();
}

void RunComparisonLoader::finishIfDone()
{
    if (!m_started)
        return;
    for (const Job &job : std::as_const(m_jobs))
        if (!job.done && job.backend)
            return;
    m_started = false;
    for (const Job &job : std::as_const(m_jobs))
        for (const MetricsArtifact::Metric &m : job.metrics)
            m_inputs[job.input].metrics.append({job.task, job.artifact, m.name, m.value});
    emit finished(RunComparison::of(m_inputs), m_errors);
}

} // namespace ps
