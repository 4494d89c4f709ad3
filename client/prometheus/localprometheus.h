#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace ps {

class HttpClient;
class HttpReply;

// The user-level Prometheus that makes charts work out of the box: Debian's prometheus
// and node exporter, started when they are not already running, on loopback ports of
// their own, with data and configuration under `home` (the user's cache directory by
// default; never the system service on :9090, which does not know our engine).
// It scrapes every second what engines list in targetsDirectory() (file_sd_configs:
// one JSON file per engine, [{"targets": ["127.0.0.1:PORT"], "labels": {…}}]).
// The processes outlive the application, so the next start finds them ready.
class LocalPrometheus : public QObject
{
    Q_OBJECT

public:
    explicit LocalPrometheus(HttpClient *http, const QString &home = defaultHome(), QObject *parent = nullptr);
    ~LocalPrometheus() override;

    static QString defaultHome();
    QString home() const { return m_home; }
    QString targetsDirectory() const { return targetsDirectory(m_home); }
    // Where engines list their metrics endpoints for the Prometheus of `home` (also for the
    // command line, which publishes there without starting anything).
    static QString targetsDirectory(const QString &home);
    // Valid once ready() has been emitted.
    QUrl url() const { return m_url; }

    // Finds the running Prometheus or starts one; ready() or failed() follows.
    void ensureRunning();
    // Ends the processes this home's Prometheus runs as (tests; a "stop" action).
    void stop();

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    struct State {
        QUrl url;
        qint64 prometheusPid = 0;
        qint64 nodeExporterPid = 0;
    };

    State readState() const;
    bool writeState(const State &state) const;
    void probe(const QUrl &url, bool startIfDown);
    void start();
    bool writeConfiguration(quint16 prometheusPort, quint16 nodePort) const;
    qint64 launch(const QString &program, const QStringList &arguments, const QString &logName) const;
    void pollReady();
    void fail(const QString &message);

    QPointer<HttpClient> m_http;
    QString m_home;
    QUrl m_url;
    QUrl m_starting;
    QPointer<HttpReply> m_probe;
    QTimer m_poll;
    int m_pollsLeft = 0;
};

} // namespace ps
