#pragma once

#include "crossrunlogsearch.h"

#include <QList>

namespace ps {

class RunBackend;

// Every recorded log of every run the backends know, for a search across runs: the file a
// backend keeps itself (the local engine's), or the recording of its stream kept under
// `recordDir` (cluster runs whose logs were looked at, kept after the pods are gone).
// Newest runs first; within a run, tasks in the run's order.
struct LogSearchSources {
    static QList<LogSource> of(const QList<RunBackend *> &backends, const QString &recordDir);
    // Where the search indexes are kept, shared by the application and pstudio.
    static QString defaultIndexDir();
};

} // namespace ps
