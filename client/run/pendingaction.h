#pragma once

#include "actionoutcome.h"

#include <functional>

class QObject;

namespace ps {

class RunBackend;

// Waits for the answer to one action a backend accepted (RunBackend::actionFinished with the
// same request) and hands it to `done`, once. Nothing is called when `backend` or `context`
// is destroyed first.
class PendingAction
{
public:
    static void whenAnswered(RunBackend *backend, const BackendAction &request, QObject *context,
                             std::function<void(const ActionOutcome &)> done);
};

} // namespace ps
