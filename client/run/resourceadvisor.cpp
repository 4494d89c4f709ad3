#include "resourceadvisor.h"

#include "rightsizer.h"
#include "runbackend.h"

namespace ps {

ResourceAdvisor::ResourceAdvisor(UsageStore store, QObject *parent) : QObject(parent), m_store(std::move(store))
{
    // Connected first, so the cache is gone before anyone else hears of the change.
    connect(this, &ResourceAdvisor::changed, this, [this] { m_cache.clear(); });
}

void ResourceAdvisor::addBackend(RunBackend *backend)
{
    if (!backend || m_backends.contains(backend))
        return;
    m_backends.append(backend);
    // A run that finished, or one added already finished (a cluster's listing), is history;
    // a deleted one no longer is.
    const auto finishedRun = [this, backend](const QString &runId) {
        const std::optional<RunSnapshot> s = backend->snapshot(runId);
        if (s && isFinished(s->phase))
            emit changed();
    };
    connect(backend, &RunBackend::runChanged, this, finishedRun);
    connect(backend, &RunBackend::runAdded, this, finishedRun);
    connect(backend, &RunBackend::runRemoved, this, &ResourceAdvisor::changed);
    connect(backend, &RunBackend::runsLoaded, this, &ResourceAdvisor::changed);
    emit changed();
}

void ResourceAdvisor::removeBackend(RunBackend *backend)
{
    m_backends.removeAll(backend);
    if (backend)
        disconnect(backend, nullptr, this, nullptr);
    emit changed();
}

QList<RunSnapshot> ResourceAdvisor::history(const QList<RunBackend *> &backends, const UsageStore &store, const QString &pipelineName)
{
    QList<RunSnapshot> runs;
    for (RunBackend *b : backends) {
        if (!b)
            continue;
        for (RunSnapshot run : b->listRuns()) {
            if (run.pipelineName != pipelineName || !isFinished(run.phase))
                continue;
            store.fill(b->name(), run);
            runs.append(run);
        }
    }
    return runs;
}

QList<ResourceSuggestion> ResourceAdvisor::suggestions(const QString &pipelineName) const
{
    const auto cached = m_cache.constFind(pipelineName);
    if (cached != m_cache.cend())
        return *cached;
    QList<RunBackend *> backends;
    for (const QPointer<RunBackend> &b : m_backends)
        if (b)
            backends.append(b);
    const QList<ResourceSuggestion> s = RightSizer::suggest(history(backends, m_store, pipelineName));
    m_cache.insert(pipelineName, s);
    return s;
}

} // namespace ps
