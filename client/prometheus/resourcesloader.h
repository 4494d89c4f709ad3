#pragma once

#include "prometheuserror.h"
#include "resourcequery.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace ps {

class PrometheusClient;
struct MetricSeries;

// Runs a set of range queries (the resources panel's charts) together and hands each
// answer back by its index. A new load() supersedes the last: late answers of an older
// load are dropped, its requests cancelled.
class ResourcesLoader : public QObject
{
    Q_OBJECT

public:
    explicit ResourcesLoader(QObject *parent = nullptr);

    void setClient(PrometheusClient *client) { m_client = client; }
    PrometheusClient *client() const { return m_client; }

    void load(const QList<ResourceQuery> &queries, const QDateTime &start, const QDateTime &end,
              std::chrono::seconds step);
    void cancel();
    bool isLoading() const { return m_pending > 0; }

signals:
    void seriesLoaded(int index, const QList<ps::MetricSeries> &series);
    // A query failed; the first failure of a load is reported, once.
    void failed(const ps::PrometheusError &error);
    void finished();

private:
    QPointer<PrometheusClient> m_client;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
    QList<std::function<void()>> m_cancels;
};

} // namespace ps
