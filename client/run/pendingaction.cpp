#include "pendingaction.h"

#include "runbackend.h"

#include <memory>

namespace ps {

void PendingAction::whenAnswered(RunBackend *backend, const BackendAction &request, QObject *context,
                                 std::function<void(const ActionOutcome &)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(backend, &RunBackend::actionFinished, context, [connection, request, done](const ActionOutcome &outcome) {
        if (!(outcome.request == request))
            return;
        QObject::disconnect(*connection);
        done(outcome);
    });
}

} // namespace ps
