#include "metricsendpoint.h"

#include "labelmatchers.h"
#include "metricsserver.h"
#include "usagesampler.h"

namespace ps {

MetricsEndpoint::MetricsEndpoint(const UsageSampler *sampler, QObject *parent) : QObject(parent), m_sampler(sampler) {}

QString MetricsEndpoint::serve(quint16 port)
{
    if (!m_server)
        m_server = new MetricsServer([this] { return text(); }, this);
    return m_server->listen(port);
}

quint16 MetricsEndpoint::port() const { return m_server ? m_server->port() : 0; }

QString MetricsEndpoint::matchers(const QString &runId, const QString &nodeId)
{
    if (nodeId.isEmpty())
        return QStringLiteral("{run=\"%1\"}").arg(LabelMatchers::escapeValue(runId));
    return QStringLiteral("{run=\"%1\",task=\"%2\"}").arg(LabelMatchers::escapeValue(runId), LabelMatchers::escapeValue(nodeId));
}

QByteArray MetricsEndpoint::text() const
{
    QByteArray cpu = "# HELP pstudio_task_cpu_seconds_total CPU time used by a task's processes.\n"
                     "# TYPE pstudio_task_cpu_seconds_total counter\n";
    QByteArray memory = "# HELP pstudio_task_memory_bytes Resident memory of a task's processes.\n"
                        "# TYPE pstudio_task_memory_bytes gauge\n";
    QByteArray running = "# HELP pstudio_task_running Whether a task is running.\n"
                         "# TYPE pstudio_task_running gauge\n";
    const auto &samples = m_sampler->samples();
    for (auto r = samples.cbegin(); r != samples.cend(); ++r) {
        for (auto t = r->cbegin(); t != r->cend(); ++t) {
            const QByteArray labels = matchers(r.key(), t.key()).toUtf8();
            cpu += "pstudio_task_cpu_seconds_total" + labels + ' ' + QByteArray::number(t->cpuSeconds, 'f', 3) + '\n';
            memory += "pstudio_task_memory_bytes" + labels + ' ' + QByteArray::number(t->running ? t->memoryBytes : 0) + '\n';
            running += "pstudio_task_running" + labels + ' ' + (t->running ? "1" : "0") + '\n';
        }
    }
    return cpu + memory + running;
}

} // namespace ps
