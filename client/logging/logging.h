#pragma once

#include <spdlog/logger.h>

#include <memory>

namespace ps {

// The application's logger: everything goes through a RedactingSink to stderr (and,
// later, to the log panel). Call init() once at start; logger() anywhere after.
class Logging
{
public:
    static void init(bool verbose);
    static std::shared_ptr<spdlog::logger> logger();
    // For tests and the log panel: route through redaction to a sink of the caller's.
    static std::shared_ptr<spdlog::logger> makeLogger(std::shared_ptr<spdlog::sinks::sink> target);
};

} // namespace ps
