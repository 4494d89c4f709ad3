#pragma once

#include <QString>

namespace ps {

// When a cron pipeline runs (Argo CronWorkflow, KFP recurring run).
struct Schedule {
    QString cron;                  // five-field cron expression, e.g. "0 2 * * *"
    QString timezone;              // IANA name; empty: the controller's
    QString concurrencyPolicy = QStringLiteral("Allow"); // Allow, Forbid, Replace
    qint64 startingDeadlineSeconds = 0;
    int successfulJobsHistoryLimit = 0;  // 0: engine default
    int failedJobsHistoryLimit = 0;
    bool suspended = false;

    bool operator==(const Schedule &) const = default;
};

} // namespace ps
