#pragma once

#include "runnode.h"

#include <QString>

namespace ps {

// The Timeline's hover text for a node: its name and phase, how long it waited and ran, with
// clock times, and what it used.
struct TimelineTip {
    static QString text(const RunNode &node, qint64 nowMs);
};

} // namespace ps
