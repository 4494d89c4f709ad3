#pragma once

#include "runsnapshot.h"

#include <QHash>
#include <QJsonObject>

namespace ps {

// Reads a KFP v2beta1 Run into a RunSnapshot: the run's state, and run_details.task_details
// as the same tree the local engine builds (KfpTaskTree does the tasks).
class KfpRunMapper
{
public:
    struct Result {
        RunSnapshot snapshot;
        QHash<QString, QString> podNames;   // our node id → pod_name (KFP's node id)
    };
    static Result map(const QJsonObject &run);
    static RunPhase runPhase(const QString &state);
    static TaskPhase taskPhase(const QString &state);
};

} // namespace ps
