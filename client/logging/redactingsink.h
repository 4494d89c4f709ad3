#pragma once

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>

namespace ps {

// A spdlog sink that redacts secrets from every message and forwards it to another sink,
// so no sink of the application can receive a token, whoever logged it.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit RedactingSink(std::shared_ptr<spdlog::sinks::sink> target) : m_target(std::move(target)) {}

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;
    void flush_() override;

private:
    std::shared_ptr<spdlog::sinks::sink> m_target;
};

} // namespace ps
