#pragma once

#include "backendaction.h"
#include "diagnostic.h"

#include <QMetaType>

namespace ps {

// How an action a backend accepted turned out: done, or refused or failed with the server's
// reason. Every action call that returned without an error is answered by exactly one
// RunBackend::actionFinished carrying the request it answers.
struct ActionOutcome {
    BackendAction request;
    QString error;              // empty: done; else the server's reason, for people
    QString result;             // Resubmit: the new run; CreateSchedule: the schedule's id; PublishTemplate: its name
    Diagnostics diagnostics;    // Submit refused by a server's lint: located at the tasks
    bool ok() const { return error.isEmpty(); }
};

} // namespace ps

Q_DECLARE_METATYPE(ps::ActionOutcome)
