#pragma once

#include "runnode.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ps {

// Turns run_details.task_details of a KFP v2beta1 run into run nodes shaped as the local
// engine shapes them:
// - containment follows parent_task_id ("sub/inner"); KFP's bookkeeping tasks (the root
//   DAG, "root-driver", a task's "<name>-driver") are left out;
// - ParallelFor iterations, named as Argo names them "<loop>(<index>:<item>)", become
//   Iteration nodes "<loop>(<index>)" of a Loop node (Graph nodes when they hold tasks);
// - retries become Attempt nodes "<task>#<n>": from Argo-style children "<task>(<n>)",
//   or from the task's own record — executor_detail.failed_main_jobs (the pods of the
//   failed attempts, oldest first) and state_history (when each attempt ran and ended).
// The pod of a task with attempts is the pod of its latest attempt.
class KfpTaskTree
{
public:
    struct Result {
        QList<RunNode> nodes;                 // parents before children
        QHash<QString, QString> podNames;     // node id → pod_name
    };
    // `runName`: the run's display name (KFP names the root DAG after it).
    static Result build(const QJsonArray &taskDetails, const QString &runName);
};

} // namespace ps
