#pragma once

#include <string>
#include <string_view>

namespace ps {

// Blanks out credentials before a line reaches any log sink: Authorization and cookie
// header values, bearer tokens, and token/password/secret parameters.
class SecretRedactor
{
public:
    static std::string redact(std::string_view line);
};

} // namespace ps
