#pragma once

#include "usagesummary.h"

#include <QStringList>

namespace ps {

// A usage record for people, one line a resource, shared by the Timeline's hover and the
// run graph's resource overlay: "CPU: 1.8 cores peak, 0.9 mean, 54 s in all (requested 4)".
struct UsageText {
    static QStringList lines(const UsageSummary &usage);
};

} // namespace ps
