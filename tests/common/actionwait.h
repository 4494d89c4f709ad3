#pragma once

#include "actionoutcome.h"
#include "runbackend.h"

#include <QSignalSpy>
#include <QTest>

namespace pstest {

// The backend's answer to `request` (an action it accepted), or an outcome whose error says
// that none came within `ms`.
inline ps::ActionOutcome outcomeOf(ps::RunBackend &backend, const ps::BackendAction &request, int ms = 20000)
{
    std::optional<ps::ActionOutcome> answer;
    const QMetaObject::Connection c = QObject::connect(&backend, &ps::RunBackend::actionFinished, [&](const ps::ActionOutcome &o) {
        if (o.request == request && !answer)
            answer = o;
    });
    const bool answered = QTest::qWaitFor([&] { return answer.has_value(); }, ms);
    QObject::disconnect(c);
    if (!answered)
        return ps::ActionOutcome{request, QStringLiteral("no answer within %1 ms").arg(ms), {}, {}};
    return *answer;
}

} // namespace pstest
