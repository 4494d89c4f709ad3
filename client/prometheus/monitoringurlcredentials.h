#pragma once

#include "monitoringsettings.h"

#include <QString>

#include <optional>

namespace ps {

// A Prometheus or Alertmanager URL typed as http://user:password@host must not be kept as
// typed: the settings file would hold the password. This takes the user name and password
// out of the URLs.
class MonitoringUrlCredentials
{
public:
    // Leaves the URLs of `settings` without user info: the user name becomes the Basic user
    // name, the password goes to `password` (nullopt when no URL held one; may be null).
    // False, changing nothing, when the two URLs name different credentials, which one
    // setting cannot keep.
    static bool take(MonitoringSettings *settings, std::optional<QString> *password);
};

} // namespace ps
