#pragma once

#include "resourcequery.h"

#include <QList>

#include <chrono>

namespace ps {

// The PromQL a usage record is read with, for the tasks of a whole run at once (one series
// per task: `by (task)` for the local engine, `by (pod)` for cluster pods): the CPU-seconds
// counter itself (Role::Total: exact CPU time, and peaks between samples, where a rate over
// a minute would smear a short task), memory as its highest value in each step, GPU, and,
// from kube-state-metrics, requests and limits.
class UsageQueries
{
public:
    static QList<ResourceQuery> build(const QString &runMatchers, std::chrono::seconds step);
};

} // namespace ps
