#pragma once

#include "usagestore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace ps {

class PrometheusClient;
class RunBackend;

// Reads the usage of a finished run's tasks from Prometheus for any backend (cAdvisor and
// DCGM for cluster pods, pstudio_task_* for the local engine), with one range query per
// resource over the whole run (`sum by (pod)` or `by (task)`), each series then cut to its
// task's span, and keeps the records in a UsageStore. Tasks that already have a record (the
// local engine's own, or one kept earlier) are not asked for again. Requests and limits
// Prometheus does not know (no kube-state-metrics) come from the run's pipeline.
class UsageCollector : public QObject
{
    Q_OBJECT
public:
    explicit UsageCollector(UsageStore store = UsageStore(), QObject *parent = nullptr);

    void setClient(PrometheusClient *client) { m_client = client; }
    const UsageStore &store() const { return m_store; }

    // Starts reading the usage of run `runId`; answers with collected() or failed().
    // Returns false (and answers nothing) when there is nothing to read.
    bool collect(RunBackend *backend, const QString &runId);
    // Reads, one run at a time, the usage of `backend`'s runs as they finish, and of those
    // that finished in the last kRecentDays when its list comes in (Prometheus keeps about
    // two weeks; what it no longer has is not asked for).
    void watch(RunBackend *backend);
    static constexpr int kRecentDays = 14;

signals:
    // `count` tasks got a record (0: Prometheus knew none of them).
    void collected(const QString &runId, int count);
    void failed(const QString &runId, const QString &error);

private:
    void enqueue(RunBackend *backend, const QString &runId);
    void next();

    QPointer<PrometheusClient> m_client;
    UsageStore m_store;
    QList<QPair<QPointer<RunBackend>, QString>> m_queue;
    QSet<QPair<RunBackend *, QString>> m_seen;   // asked once this session
    bool m_busy = false;
};

} // namespace ps
