#include "alertmanagerclient.h"

#include "alertmanagerparser.h"
#include "monitoringcall.h"

namespace ps {

AlertmanagerClient::AlertmanagerClient(HttpClient *http, QObject *parent) : QObject(parent), m_http(http) {}

QFuture<PrometheusResult<QList<AlertmanagerAlert>>> AlertmanagerClient::alerts()
{
    return MonitoringCall::send<QList<AlertmanagerAlert>>(
        m_http, this, MonitoringCall::request(m_config, QStringLiteral("/api/v2/alerts"), {}), m_config,
        QStringLiteral("Alertmanager"), &AlertmanagerParser::alerts);
}

QFuture<PrometheusResult<QList<AlertmanagerSilence>>> AlertmanagerClient::silences(const QStringList &filter)
{
    MonitoringCall::Params params;
    for (const auto &matcher : filter)
        params.append({QStringLiteral("filter"), matcher});
    return MonitoringCall::send<QList<AlertmanagerSilence>>(
        m_http, this, MonitoringCall::request(m_config, QStringLiteral("/api/v2/silences"), params), m_config,
        QStringLiteral("Alertmanager"), &AlertmanagerParser::silences);
}

} // namespace ps
