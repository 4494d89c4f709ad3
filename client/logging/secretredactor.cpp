#include "secretredactor.h"

#include <regex>

namespace ps {

std::string SecretRedactor::redact(std::string_view line)
{
    // Header values run to the end of the line; parameters to the next separator.
    static const std::regex header(R"(((?:proxy-)?authorization|cookie|set-cookie|x-api-key)(\s*[:=]\s*)[^\r\n]*)",
                                   std::regex::icase);
    static const std::regex bearer(R"((bearer|basic)\s+[A-Za-z0-9._~+/=-]+)", std::regex::icase);
    static const std::regex param(
        R"(((?:access_|refresh_|id_)?token|password|passwd|secret|client[-_]?key|api[-_]?key)(["']?\s*[:=]\s*["']?)[^\s&"',;]+)",
        std::regex::icase);
    std::string out = std::regex_replace(std::string(line), header, "$1$2[redacted]");
    out = std::regex_replace(out, bearer, "$1 [redacted]");
    out = std::regex_replace(out, param, "$1$2[redacted]");
    return out;
}

} // namespace ps
