#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QTimer>

namespace pstest {

// Runs the event loop until every event posted before this call has been handled. A test
// shows that nothing more happens after what it did (no second finished(), no touch of a
// deleted object) by draining, not by sleeping a fixed time and hoping that was enough.
inline bool drainPostedEvents()
{
    bool reached = false;
    QTimer::singleShot(0, QCoreApplication::instance(), [&reached] { reached = true; });
    return QTest::qWaitFor([&reached] { return reached; }, 10000);
}

} // namespace pstest
