#include "monitoringurlcredentials.h"

namespace ps {

bool MonitoringUrlCredentials::take(MonitoringSettings *settings, std::optional<QString> *password)
{
    std::optional<QString> user;
    std::optional<QString> secret;
    for (const QUrl *url : {&settings->prometheusUrl, &settings->alertmanagerUrl}) {
        if (url->userInfo().isEmpty())
            continue;
        const QString name = url->userName(QUrl::FullyDecoded);
        const std::optional<QString> typed = url->password().isEmpty() ? std::nullopt
                                                                       : std::optional(url->password(QUrl::FullyDecoded));
        if ((user && *user != name) || (secret && typed && *secret != *typed))
            return false;
        user = name;
        if (typed)
            secret = typed;
    }
    if (!user)
        return true;
    settings->prometheusUrl = settings->prometheusUrl.adjusted(QUrl::RemoveUserInfo);
    settings->alertmanagerUrl = settings->alertmanagerUrl.adjusted(QUrl::RemoveUserInfo);
    if (!user->isEmpty()) {
        settings->auth = MonitoringSettings::Auth::Basic;
        settings->username = *user;
    }
    if (password)
        *password = secret;
    return true;
}

} // namespace ps
