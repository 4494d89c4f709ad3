#pragma once

#include <QFuture>
#include <QTest>

namespace pstest {

// Runs the event loop until the future has its result; false after `ms`.
template<class T>
bool waitFor(const QFuture<T> &future, int ms = 20000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, ms);
}

// The result of a future that finishes, or a default value after `ms`.
template<class T>
T resultOf(const QFuture<T> &future, int ms = 20000)
{
    if (!waitFor(future, ms) || future.resultCount() == 0)
        return T{};
    return future.result();
}

} // namespace pstest
