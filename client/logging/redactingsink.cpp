#include "redactingsink.h"

#include "secretredactor.h"

namespace ps {

void RedactingSink::sink_it_(const spdlog::details::log_msg &message)
{
    const std::string clean = SecretRedactor::redact(std::string_view(message.payload.data(), message.payload.size()));
    spdlog::details::log_msg copy = message;
    copy.payload = clean;
    m_target->log(copy);
}

void RedactingSink::flush_()
{
    m_target->flush();
}

} // namespace ps
