#pragma once

#include "runbackend.h"

#include <QTest>

#include <functional>

namespace pstest {

// The backend's snapshot of `runId` once `ready` holds, turning the event loop; nothing
// after `ms`.
inline std::optional<ps::RunSnapshot> waitSnapshot(const ps::RunBackend &backend, const QString &runId,
                                                   const std::function<bool(const ps::RunSnapshot &)> &ready, int ms = 10000)
{
    std::optional<ps::RunSnapshot> s;
    if (!QTest::qWaitFor([&] { s = backend.snapshot(runId); return s && ready(*s); }, ms))
        return std::nullopt;
    return s;
}

// Submits and waits until `created` says the server has the run; the run id (warns when not).
inline QString submitAndWait(ps::RunBackend &backend, const ps::Pipeline &pipeline, const ps::RunRequest &request,
                             const std::function<bool(const QString &)> &created, int ms = 10000)
{
    const ps::BackendResult<QString> id = backend.submit(pipeline, request);
    if (!id.ok())
        qWarning("%s", qPrintable(id.error));
    if (!QTest::qWaitFor([&] { return created(id.value); }, ms))
        qWarning("the run was not created");
    return id.value;
}

} // namespace pstest
