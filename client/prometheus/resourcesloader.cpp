#include "resourcesloader.h"

#include "prometheusclient.h"

namespace ps {

ResourcesLoader::ResourcesLoader(QObject *parent) : QObject(parent) {}

void ResourcesLoader::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (const auto &c : std::as_const(m_cancels))
        c();
    m_cancels.clear();
}

void ResourcesLoader::load(const QList<ResourceQuery> &queries, const QDateTime &start, const QDateTime &end,
                           std::chrono::seconds step)
{
    cancel();
    if (!m_client) {
        PrometheusError error;
        error.kind = PrometheusError::Kind::Unreachable;
        error.message = tr("No Prometheus is configured.");
        emit failed(error);
        emit finished();
        return;
    }
    const quint64 generation = m_generation;
    m_failed = false;
    m_pending = int(queries.size());
    for (int i = 0; i < queries.size(); ++i) {
        auto future = m_client->queryRange(queries.at(i).expression, start, end, step);
        m_cancels.append([future]() mutable { future.cancel(); });
        future.then(this, [this, generation, i](const PrometheusResult<PrometheusQueryResult> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                emit seriesLoaded(i, result.value.series);
            } else if (!m_failed) {
                m_failed = true;
                emit failed(result.error);
            }
            if (--m_pending == 0) {
                m_cancels.clear();
                emit finished();
            }
        });
    }
    if (queries.isEmpty())
        emit finished();
}

} // namespace ps
