#include "localprometheus.h"

#include "httpclient.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>

namespace ps {

namespace {

constexpr int kPollIntervalMs = 250;
constexpr int kStartSeconds = 30;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The process still runs `program` (a pid from an old state file may be reused).
bool runs(qint64 pid, const QString &program)
{
    if (pid <= 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(program.toUtf8());
}

} // namespace

LocalPrometheus::LocalPrometheus(HttpClient *http, const QString &home, QObject *parent)
    : QObject(parent), m_http(http), m_home(home)
{
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &LocalPrometheus::pollReady);
}

LocalPrometheus::~LocalPrometheus()
{
    delete m_probe;
}

QString LocalPrometheus::defaultHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
         + QStringLiteral("/pipeline-studio/prometheus");
}

QString LocalPrometheus::targetsDirectory(const QString &home)
{
    return home + QStringLiteral("/targets");
}

LocalPrometheus::State LocalPrometheus::readState() const
{
    QFile file(m_home + QStringLiteral("/state.json"));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    State state;
    state.url = QUrl(object.value(QStringLiteral("url")).toString());
    state.prometheusPid = qint64(object.value(QStringLiteral("prometheusPid")).toDouble());
    state.nodeExporterPid = qint64(object.value(QStringLiteral("nodeExporterPid")).toDouble());
    return state;
}

bool LocalPrometheus::writeState(const State &state) const
{
    QSaveFile file(m_home + QStringLiteral("/state.json"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject object{{QStringLiteral("url"), state.url.toString()},
                             {QStringLiteral("prometheusPid"), double(state.prometheusPid)},
                             {QStringLiteral("nodeExporterPid"), double(state.nodeExporterPid)}};
    file.write(QJsonDocument(object).toJson());
    return file.commit();
}

void LocalPrometheus::ensureRunning()
{
    const State state = readState();
    if (state.url.isValid() && runs(state.prometheusPid, QStringLiteral("prometheus")))
        probe(state.url, true);
    else
        start();
}

void LocalPrometheus::probe(const QUrl &url, bool startIfDown)
{
    if (!m_http) {
        fail(tr("Prometheus cannot be reached: the application is shutting down."));
        return;
    }
    QUrl readyUrl = url;
    readyUrl.setPath(QStringLiteral("/-/ready"));
    HttpRequest request = HttpRequest::get(readyUrl);
    request.timeout = std::chrono::milliseconds(2000);
    request.connectTimeout = std::chrono::milliseconds(1000);
    delete m_probe;
    m_probe = m_http->send(request);
    connect(m_probe, &HttpReply::finished, this, [this, url, startIfDown] {
        HttpReply *reply = m_probe;
        m_probe = nullptr;
        reply->deleteLater();
        if (!reply->error().isError() && reply->status() == 200) {
            m_poll.stop();
            m_url = url;
            Logging::logger()->info("prometheus: the user-level Prometheus answers at {}", url.toString().toStdString());
            emit ready(url);
        } else if (startIfDown) {
            start();
        }
    });
}

bool LocalPrometheus::writeConfiguration(quint16 prometheusPort, quint16 nodePort) const
{
    const QString config = QStringLiteral(R"(# Written by Pipeline Studio; rewritten at each start.
global:
  scrape_interval: 2s
  evaluation_interval: 2s
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ['127.0.0.1:%1']
  - job_name: node
    static_configs:
      - targets: ['127.0.0.1:%2']
  - job_name: pstudio
    scrape_interval: 1s
    file_sd_configs:
      - files: ['%3/*.json']
        refresh_interval: 1s
)")
                               .arg(prometheusPort)
                               .arg(nodePort)
                               .arg(targetsDirectory());
    QSaveFile file(m_home + QStringLiteral("/prometheus.yml"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(config.toUtf8());
    return file.commit();
}

qint64 LocalPrometheus::launch(const QString &program, const QStringList &arguments, const QString &logName) const
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_home);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(m_home + u'/' + logName, QIODevice::Append);
    process.setStandardErrorFile(m_home + u'/' + logName, QIODevice::Append);
    qint64 pid = 0;
    return process.startDetached(&pid) ? pid : 0;
}

void LocalPrometheus::start()
{
    const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    const QString nodeExporter = QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter"));
    if (prometheus.isEmpty() || nodeExporter.isEmpty()) {
        fail(tr("Prometheus is not installed here. Install the Debian packages prometheus and "
                "prometheus-node-exporter, or set the address of another Prometheus in the settings."));
        return;
    }
    stop(); // whatever an old state file still names
    if (!QDir().mkpath(targetsDirectory()) || !QDir().mkpath(m_home + QStringLiteral("/data"))) {
        fail(tr("Cannot create the folder %1 for Prometheus' data.").arg(QDir::toNativeSeparators(m_home)));
        return;
    }
    const quint16 prometheusPort = freeLoopbackPort();
    const quint16 nodePort = freeLoopbackPort();
    if (!writeConfiguration(prometheusPort, nodePort)) {
        fail(tr("Cannot write Prometheus' configuration in %1.").arg(QDir::toNativeSeparators(m_home)));
        return;
    }
    State state;
    state.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(prometheusPort));
    state.nodeExporterPid = launch(nodeExporter, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(nodePort)},
                                   QStringLiteral("node-exporter.log"));
    state.prometheusPid = launch(prometheus,
                                 {QStringLiteral("--config.file=%1/prometheus.yml").arg(m_home),
                                  QStringLiteral("--storage.tsdb.path=%1/data").arg(m_home),
                                  QStringLiteral("--storage.tsdb.retention.time=7d"),
                                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort)},
                                 QStringLiteral("prometheus.log"));
    writeState(state);
    if (state.prometheusPid == 0) {
        fail(tr("Prometheus could not be started from %1.").arg(prometheus));
        return;
    }
    Logging::logger()->info("prometheus: starting a user-level Prometheus at {} (data in {})",
                            state.url.toString().toStdString(), m_home.toStdString());
    m_starting = state.url;
    m_pollsLeft = kStartSeconds * 1000 / kPollIntervalMs;
    m_poll.start();
}

void LocalPrometheus::pollReady()
{
    if (m_probe)
        return; // the last probe is still out
    if (m_pollsLeft-- <= 0) {
        m_poll.stop();
        fail(tr("Prometheus did not become ready within %1 s; its log is %2.")
                 .arg(kStartSeconds)
                 .arg(QDir::toNativeSeparators(m_home + QStringLiteral("/prometheus.log"))));
        return;
    }
    probe(m_starting, false);
}

void LocalPrometheus::stop()
{
    const State state = readState();
    if (runs(state.prometheusPid, QStringLiteral("prometheus")))
        ::kill(pid_t(state.prometheusPid), SIGTERM);
    if (runs(state.nodeExporterPid, QStringLiteral("node-exporter")))
        ::kill(pid_t(state.nodeExporterPid), SIGTERM);
    QFile::remove(m_home + QStringLiteral("/state.json"));
}

void LocalPrometheus::fail(const QString &message)
{
    Logging::logger()->warn("prometheus: {}", message.toStdString());
    emit failed(message);
}

} // namespace ps
