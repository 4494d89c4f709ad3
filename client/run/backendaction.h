#pragma once

#include <QMetaType>
#include <QString>

namespace ps {

// An action the user asked of a run backend, as its answer (ActionOutcome) names it.
struct BackendAction {
    enum class Kind {
        Submit,            // target: the new run
        Cancel,            // target: the run (terminate)
        Stop,              // target: the run (graceful: exit handlers still run)
        Suspend,
        Resume,
        Retry,
        Resubmit,          // target: the run resubmitted; the outcome's result: the new run
        Delete,
        CreateSchedule,    // target: the pipeline's name; the outcome's result: the schedule's id
        SuspendSchedule,   // target: the schedule's id
        ResumeSchedule,
        DeleteSchedule,
        PublishTemplate,   // target: the template's name
    };
    Kind kind = Kind::Cancel;
    QString target;

    // For people: "stop", "retry", "suspend schedule"…
    QString verb() const;
    bool concernsRun() const { return kind <= Kind::Delete; }
    bool operator==(const BackendAction &) const = default;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::BackendAction)
