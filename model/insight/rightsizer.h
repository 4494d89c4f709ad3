#pragma once

#include "pipeline.h"
#include "resourcesuggestion.h"
#include "runsnapshot.h"

#include <QList>

namespace ps {

struct Resources;

// Suggests each task's CPU and memory requests and limits from the usage records of a
// pipeline's past runs (any backend): the request is the 95th percentile of the runs' peaks
// with 20 % headroom, the limit the highest peak with 50 % headroom (never below the
// request). A run counts once per task: its iterations and attempts give one peak, their
// highest. Rounded up to what a manifest says: whole millicores, whole MiB.
class RightSizer
{
public:
    struct Policy {
        double percentile = 0.95;
        double requestHeadroom = 1.2;
        double limitHeadroom = 1.5;
        double minCpuCores = 0.01;
        qint64 minMemoryBytes = qint64(16) << 20;
    };

    // Suggestions for the tasks the runs measured, ordered by task path.
    static QList<ResourceSuggestion> suggest(const QList<RunSnapshot> &runs, const Policy &policy);
    static QList<ResourceSuggestion> suggest(const QList<RunSnapshot> &runs) { return suggest(runs, Policy()); }
    // The p-th percentile (0–1) of `values`, interpolated between the nearest ranks.
    static double percentile(QList<double> values, double p);
    // The suggestion for task `taskName` of the graph `graphKey` of `pipeline` (a
    // sub-pipeline's tasks: through a task that runs that sub-pipeline); nothing when none.
    static std::optional<ResourceSuggestion> find(const QList<ResourceSuggestion> &suggestions, const Pipeline &pipeline,
                                                  const QString &graphKey, const QString &taskName);
    // `resources` with the suggestion's values written in as Kubernetes quantities.
    static Resources applied(const Resources &resources, const ResourceSuggestion &suggestion);
};

} // namespace ps
