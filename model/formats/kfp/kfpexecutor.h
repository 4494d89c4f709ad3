#pragma once

#include "componentspec.h"

#include <QJsonObject>

namespace ps {

// A component's KFP executor: its container with image, command and args in KFP placeholder
// spelling. A script becomes `sh -c` that writes the source to a file, links input artifacts
// where the script expects them, runs it, and hands its outputs (stdout for `result`) to KFP.
// Importer and resolver executors read from IR go back as they came.
QJsonObject kfpExecutor(const ComponentSpec &component);

} // namespace ps
