#include "usagecollector.h"

#include "labelmatchers.h"
#include "prometheusclient.h"
#include "resourcequeries.h"
#include "usagequeries.h"
#include "resourcesloader.h"
#include "runbackend.h"
#include "taskpath.h"
#include "usagefromseries.h"

#include <memory>

namespace ps {

namespace {

struct Target {
    QString nodeId;
    QString label;      // the value of the queries' series label that is this node
    QString path;       // TaskPath, for requests and limits from the pipeline
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// The points of `series` whose label is the target's, within its span (and one step after,
// where a rate over the last seconds lands).
QList<MetricSeries> seriesOf(const QList<MetricSeries> &series, const QString &label, const Target &t, qint64 stepMs)
{
    QList<MetricSeries> mine;
    for (const MetricSeries &s : series) {
        if (s.labels.value(label) != t.label)
            continue;
        MetricSeries cut;
        cut.labels = s.labels;
        for (const QPointF &p : s.points) {
            const auto ms = qint64(p.x() * 1000.0);
            if (ms >= t.startMs && ms <= t.endMs + stepMs)
                cut.points.append(p);
        }
        mine.append(cut);
    }
    return mine;
}

} // namespace

UsageCollector::UsageCollector(UsageStore store, QObject *parent) : QObject(parent), m_store(std::move(store))
{
    connect(this, &UsageCollector::collected, this, [this] {
        m_busy = false;
        next();
    });
    connect(this, &UsageCollector::failed, this, [this] {
        m_busy = false;
        next();
    });
}

void UsageCollector::watch(RunBackend *backend)
{
    connect(backend, &RunBackend::runChanged, this, [this, backend](const QString &runId) {
        const std::optional<RunSnapshot> s = backend->snapshot(runId);
        if (s && isFinished(s->phase))
            enqueue(backend, runId);
    });
    const auto recent = [this, backend] {
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kRecentDays);
        for (const RunSnapshot &s : backend->listRuns())
            if (isFinished(s.phase) && s.finishedAt.isValid() && s.finishedAt >= since)
                enqueue(backend, s.id);
    };
    connect(backend, &RunBackend::runsLoaded, this, recent);
    recent();
}

void UsageCollector::enqueue(RunBackend *backend, const QString &runId)
{
    if (m_seen.contains({backend, runId}))
        return;
    m_seen.insert({backend, runId});
    m_queue.append({backend, runId});
    next();
}

void UsageCollector::next()
{
    while (!m_busy && !m_queue.isEmpty()) {
        const auto [backend, runId] = m_queue.takeFirst();
        m_busy = backend && collect(backend, runId);
    }
}

bool UsageCollector::collect(RunBackend *backend, const QString &runId)
{
    if (!backend || !m_client)
        return false;
    std::optional<RunSnapshot> snapshot = backend->snapshot(runId);
    if (!snapshot || !isFinished(snapshot->phase))
        return false;
    m_store.fill(backend->name(), *snapshot);
    const QString runMatchers = backend->metricMatchers(runId);
    const QString label =
        ResourceQueries::sourceOf(runMatchers) == ResourceQueries::Source::Kubernetes ? QStringLiteral("pod") : QStringLiteral("task");
    const QHash<QString, QString> paths = TaskPath::ofAll(*snapshot);
    QList<Target> targets;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const RunNode *n : snapshot->leaves()) {
        if (n->usage || !n->startedAt.isValid() || !n->finishedAt.isValid() || n->phase == TaskPhase::Cached)
            continue;
        const QString value = LabelMatchers::parse(backend->metricMatchers(runId, n->id)).value(label);
        if (value.isEmpty())
            continue;
        Target t{n->id, value, paths.value(n->id), n->startedAt.toMSecsSinceEpoch(), n->finishedAt.toMSecsSinceEpoch()};
        first = std::min(first, t.startMs);
        last = std::max(last, t.endMs);
        targets.append(t);
    }
    if (targets.isEmpty())
        return false;
    // About 1,000 points over the run, a second apart at the finest.
    const std::chrono::seconds step(std::max<qint64>(1, (last - first) / 1'000'000));
    const QList<ResourceQuery> queries = UsageQueries::build(runMatchers, step);
    auto *loader = new ResourcesLoader(this);
    loader->setClient(m_client);
    auto answers = std::make_shared<QList<QList<MetricSeries>>>(queries.size());
    auto error = std::make_shared<QString>();
    connect(loader, &ResourcesLoader::seriesLoaded, this, [answers](int index, const QList<MetricSeries> &series) {
        (*answers)[index] = series;
    });
    connect(loader, &ResourcesLoader::failed, this, [error](const PrometheusError &e) { *error = e.message; });
    const std::optional<Pipeline> pipeline = backend->pipelineOf(runId);
    const QString backendName = backend->name();
    const qint64 stepMs = qint64(step.count()) * 1000;
    connect(loader, &ResourcesLoader::finished, this, [=, this] {
        loader->deleteLater();
        QHash<QString, UsageSummary> read;
        for (const Target &t : targets) {
            QList<QList<MetricSeries>> mine;
            for (qsizetype i = 0; i < queries.size(); ++i)
                mine.append(seriesOf(answers->at(i), queries[i].seriesLabel, t, stepMs));
            std::optional<UsageSummary> usage = UsageFromSeries::summarize(queries, mine, t.endMs - t.startMs, t.startMs);
            if (!usage)
                continue;
            if (const Task *task = pipeline ? TaskPath::taskOf(*pipeline, t.path) : nullptr) {
                if (usage->requests.isEmpty())
                    usage->requests = ResourceAmounts::requestsOf(task->settings.resources);
                if (usage->limits.isEmpty())
                    usage->limits = ResourceAmounts::limitsOf(task->settings.resources);
            }
            read.insert(t.nodeId, *usage);
        }
        if (!read.isEmpty())
            if (const QString saveError = m_store.save(backendName, runId, read); !saveError.isEmpty())
                *error = saveError;
        if (read.isEmpty() && !error->isEmpty())
            emit failed(runId, *error);
        else
            emit collected(runId, int(read.size()));
    });
    loader->load(queries, QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                 QDateTime::fromMSecsSinceEpoch(last + stepMs, Qt::UTC), step);
    return true;
}

} // namespace ps
