#pragma once

#include "runsnapshot.h"

#include <QHash>
#include <QString>

namespace ps {

// Keeps the usage records of cluster runs on this machine once they were read from
// Prometheus, so they outlive its retention and the pods: one small JSON file per run,
// under a folder per backend ({node id: usage}). The local engine keeps its own in the run.
class UsageStore
{
public:
    explicit UsageStore(QString dir = defaultDir()) : m_dir(std::move(dir)) {}
    static QString defaultDir();
    QString dir() const { return m_dir; }

    QHash<QString, UsageSummary> load(const QString &backendName, const QString &runId) const;
    // Adds `usage` to what is kept for the run. Gives an error text or "".
    QString save(const QString &backendName, const QString &runId, const QHash<QString, UsageSummary> &usage) const;
    void remove(const QString &backendName, const QString &runId) const;
    // Gives the run's nodes without a usage record the kept one. Returns how many it filled.
    int fill(const QString &backendName, RunSnapshot &run) const;

private:
    QString pathOf(const QString &backendName, const QString &runId) const;
    QString m_dir;
};

} // namespace ps
