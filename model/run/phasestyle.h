#pragma once

#include "runphase.h"

#include <QColor>
#include <QIcon>

namespace ps {

// One colour and icon per phase, shared by the runs table, the run graph and the node tree,
// so a state looks the same wherever it appears. Colours come from ThemePalette's current theme.
struct PhaseStyle {
    static QColor colour(TaskPhase phase);
    static QColor colour(RunPhase phase);
    // A small filled disc (a ring while pending) in the phase's colour; built once per phase.
    static QIcon icon(TaskPhase phase);
    static QIcon icon(RunPhase phase);
};

} // namespace ps
