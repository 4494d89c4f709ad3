#pragma once

#include <QByteArray>
#include <QObject>

namespace ps {

class MetricsServer;
class UsageSampler;

// The local engine's tasks' CPU and memory in Prometheus' text format
// (pstudio_task_cpu_seconds_total, pstudio_task_memory_bytes, pstudio_task_running, labelled
// run and task), served on a loopback port once asked to.
class MetricsEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit MetricsEndpoint(const UsageSampler *sampler, QObject *parent = nullptr);

    // Serves /metrics on 127.0.0.1:port (0: a free port); gives an error text or "".
    QString serve(quint16 port);
    // The port served on; 0 when not serving.
    quint16 port() const;
    // What a scrape gets now.
    QByteArray text() const;
    // The label matchers of a run's (or one task's) series, values escaped.
    static QString matchers(const QString &runId, const QString &nodeId = {});

private:
    const UsageSampler *m_sampler;
    MetricsServer *m_server = nullptr;
};

} // namespace ps
