#pragma once

#include "metricsartifact.h"
#include "pipeline.h"
#include "pipelinediff.h"
#include "runsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace ps {

// Two or more runs side by side, from any backends: their parameters, their KFP metrics
// (every metric of every metrics artifact: one that appears twice is two rows, numbered,
// never merged), each task's phase, duration and usage, and how each run's pipeline differs
// in structure from the first one's.
class RunComparison
{
public:
    // A metric as one run's artifact reported it.
    struct Metric {
        QString task;        // TaskPath of the producing node
        QString artifact;    // the output's name
        QString name;
        double value = 0;
    };
    // One run to compare: its record, its pipeline when known, its metrics.
    struct Input {
        RunSnapshot run;
        std::optional<Pipeline> pipeline;
        QList<Metric> metrics;
    };

    struct ParameterRow {
        QString name;
        QStringList values;              // "" where a run has none
        bool differs = false;
    };
    struct TaskRow {
        QString task;
        QList<std::optional<TaskPhase>> phases;   // unset where the run has no such task
        QList<qint64> durationsMs;                // -1: unknown
        QList<std::optional<UsageSummary>> usage; // all its attempts together
    };
    struct MetricRow {
        QString task;
        QString artifact;
        QString name;
        int occurrence = 1;              // the n-th metric of that name in that artifact
        QList<std::optional<double>> values;
        bool differs = false;
    };

    QStringList runs;                    // run ids, in the order given
    QList<ParameterRow> parameters;
    QList<TaskRow> tasks;
    QList<MetricRow> metrics;
    QList<PipelineDiff> structure;       // run i's pipeline against run 0's (empty for run 0)

    static RunComparison of(const QList<Input> &inputs);
    // {"runs", "parameters": [{"name", "values"}], "tasks": [{"task", "phases", "durationsMs",
    // "usage"}], "metrics": [{"task", "artifact", "name", "occurrence", "values"}], "structure"}.
    QJsonObject toJson() const;
    // The usage of a task's attempts together: CPU time added, peaks the highest.
    static std::optional<UsageSummary> combined(const QList<const UsageSummary *> &usages);
};

} // namespace ps

Q_DECLARE_METATYPE(ps::RunComparison)
