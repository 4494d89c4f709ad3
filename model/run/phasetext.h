#pragma once

#include "runphase.h"

#include <QString>

namespace ps {

// Phases as people read them, translated ("Running", "running"); toString() in runphase.h
// gives the fixed names files and APIs use.
struct PhaseText {
    static QString title(TaskPhase phase);
    static QString title(RunPhase phase);
    // Lower case, for counts inside a sentence: "3 succeeded".
    static QString word(TaskPhase phase);
};

} // namespace ps
