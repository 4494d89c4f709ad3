#pragma once

#include "runcomparison.h"
#include "usagestore.h"

#include <QSet>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace ps {

class RunBackend;

// Gathers what a comparison of runs needs, from any backends: each run's record (with the
// usage kept for cluster runs), its pipeline, and the numbers in its KFP metrics artifacts,
// fetched through the backend (at most 1 MiB each). Answers once with finished().
class RunComparisonLoader : public QObject
{
    Q_OBJECT
public:
    struct Run {
        RunBackend *backend = nullptr;
        QString runId;
    };
    static constexpr qint64 kMaxMetricsBytes = 1 << 20;

    explicit RunComparisonLoader(UsageStore store = UsageStore(), QObject *parent = nullptr);
    // Starts loading; a run a backend does not know is an error in finished().
    void load(const QList<Run> &runs);

signals:
    // The comparison, and what could not be read (a run unknown, an artifact not fetched).
    void finished(const ps::RunComparison &comparison, const QStringList &errors);

private:
    void fetched(RunBackend *backend, int requestId, const QString &path, const QString &error);
    void finishIfDone();

    // One metrics artifact being fetched; its numbers go to the run in artifact order.
    struct Job {
        int input = 0;
        QString task;
        QString artifact;
        QPointer<RunBackend> backend;
        int requestId = 0;
        bool done = false;
        QList<MetricsArtifact::Metric> metrics;
    };

    UsageStore m_store;
    QList<RunComparison::Input> m_inputs;
    QList<Job> m_jobs;
    QStringList m_errors;
    std::unique_ptr<QTemporaryDir> m_dir;
    QSet<RunBackend *> m_connected;
    bool m_started = false;
};

} // namespace ps
