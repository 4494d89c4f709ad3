#pragma once

// For widget tests that need the real Prometheus of the ctest fixture `prometheus`
// (tests/fixtures/prometheus_fixture.py): its addresses, read from $PS_PROMETHEUS_DIR.
#include "prometheusconfig.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QUrl>

namespace pstest {

inline QString fixtureDir() { return qEnvironmentVariable("PS_PROMETHEUS_DIR"); }

// `name`: prometheus.url, alertmanager.url, node-exporter.url; empty without the fixture.
inline QUrl fixtureUrl(const QString &name)
{
    QFile file(QDir(fixtureDir()).filePath(name));
    if (fixtureDir().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll().trimmed()));
}

// A loopback port nothing listens on.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The fixture's Prometheus (or Alertmanager, by `name`); false without the fixture.
inline bool fixtureConfig(ps::PrometheusConfig &config, const QString &name = QStringLiteral("prometheus.url"))
{
    config.url = fixtureUrl(name);
    return config.url.isValid();
}

// A Prometheus address where nothing answers, tried once.
inline ps::PrometheusConfig unreachableConfig()
{
    ps::PrometheusConfig config;
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedLoopbackPort()));
    config.retries = 0;
    return config;
}

} // namespace pstest
