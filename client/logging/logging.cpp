#include "logging.h"

#include "redactingsink.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ps {

namespace {
constexpr const char *kLoggerName = "pstudio";
}

std::shared_ptr<spdlog::logger> Logging::makeLogger(std::shared_ptr<spdlog::sinks::sink> target)
{
    auto sink = std::make_shared<RedactingSink>(std::move(target));
    return std::make_shared<spdlog::logger>(kLoggerName, std::move(sink));
}

void Logging::init(bool verbose)
{
    if (spdlog::get(kLoggerName))
        return;
    auto logger = makeLogger(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    spdlog::register_logger(logger);
}

std::shared_ptr<spdlog::logger> Logging::logger()
{
    auto logger = spdlog::get(kLoggerName);
    if (!logger) {
        init(false);
        logger = spdlog::get(kLoggerName);
    }
    return logger;
}

} // namespace ps
