#pragma once

#include <QString>

namespace ps {

// An entry in a Prometheus file-based service discovery directory (file_sd_configs): the
// local engine's metrics endpoint, so LocalPrometheus scrapes it. The file is named after
// this process and removed when the object goes; files left by processes that no longer
// run are removed by publish().
class MetricsTargetFile
{
public:
    MetricsTargetFile() = default;
    ~MetricsTargetFile();
    MetricsTargetFile(const MetricsTargetFile &) = delete;
    MetricsTargetFile &operator=(const MetricsTargetFile &) = delete;

    // Writes DIR/engine-PID.json listing 127.0.0.1:port; gives an error text or "".
    QString publish(const QString &directory, quint16 port);
    void remove();
    QString path() const { return m_path; }

private:
    static void removeStale(const QString &directory);

    QString m_path;
};

} // namespace ps
