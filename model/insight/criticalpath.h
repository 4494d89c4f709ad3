#pragma once

#include "pipeline.h"
#include "runsnapshot.h"

#include <QSet>
#include <QString>

#include <optional>

namespace ps {

// The chain of tasks that decided how long a run took: from the task that finished last,
// back through the upstream task that finished last before it, to a task that waited for
// none. Upstream comes from the pipeline where the run's pipeline is known; otherwise from
// the times alone (the task that finished last before this one began to wait or run).
// Inside a sub-pipeline on the path, its own critical chain is on the path too.
class CriticalPath
{
public:
    static QSet<QString> of(const RunSnapshot &run, const std::optional<Pipeline> &pipeline);
};

} // namespace ps
