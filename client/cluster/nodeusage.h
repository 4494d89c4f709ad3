#pragma once

#include <QString>

#include <limits>

namespace ps {

// One machine as its node exporter reports it.
struct NodeUsage {
    QString instance;   // the scrape target, host:port
    QString name;       // node_uname_info's nodename, else the instance
    double cpuPercent = std::numeric_limits<double>::quiet_NaN();
    double memoryUsedBytes = std::numeric_limits<double>::quiet_NaN();
    double memoryTotalBytes = std::numeric_limits<double>::quiet_NaN();

    double memoryPercent() const { return memoryTotalBytes > 0 ? 100 * memoryUsedBytes / memoryTotalBytes
                                                                : std::numeric_limits<double>::quiet_NaN(); }
};

} // namespace ps
