#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ps {

// One schedule of a backend (an Argo CronWorkflow, a Kubeflow recurring run), as the
// Schedules panel lists it.
struct ScheduleInfo {
    QString id;          // what the backend's schedule actions take
    QString name;        // for people
    QString schedule;    // the cron expression(s), with the time zone when one is set
    bool suspended = false;
    QDateTime lastRun;   // when it last started a run; invalid when the server does not say
    bool operator==(const ScheduleInfo &) const = default;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::ScheduleInfo)
