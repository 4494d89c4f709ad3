#pragma once

#include "runsnapshot.h"

#include <QList>

namespace ps {

// The order every backend lists its runs in: newest first, ties broken by id so the order
// is the same on every call.
void sortNewestFirst(QList<RunSnapshot> &runs);

} // namespace ps
