#pragma once

#include "alertmanageralert.h"
#include "alertmanagersilence.h"
#include "prometheusconfig.h"
#include "prometheusresult.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace ps {

class HttpClient;

// Alertmanager's API v2, read side: the alerts it holds with their notification state
// (silenced, inhibited, receivers) and the silences, for the cluster panel. Same address,
// credentials and TLS settings as a Prometheus (PrometheusConfig), same futures.
class AlertmanagerClient : public QObject
{
    Q_OBJECT

public:
    explicit AlertmanagerClient(HttpClient *http, QObject *parent = nullptr);

    void setConfig(const PrometheusConfig &config) { m_config = config; }
    const PrometheusConfig &config() const { return m_config; }

    QFuture<PrometheusResult<QList<AlertmanagerAlert>>> alerts();
    // `filter`: matchers such as alertname="X"; empty for all.
    QFuture<PrometheusResult<QList<AlertmanagerSilence>>> silences(const QStringList &filter = {});

private:
    QPointer<HttpClient> m_http;
    PrometheusConfig m_config;
};

} // namespace ps
