#include "execcredentialprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace ps {

namespace {
constexpr qint64 kMaxOutputBytes = 1024 * 1024;
// A token this close to its expiry is renewed before use.
constexpr int kExpirySlackSecs = 10;
}

ExecCredentialProvider::ExecCredentialProvider(ExecConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // QProcess reaps it when it is destroyed with this object
    }
}

void ExecCredentialProvider::credential(QObject *context, Callback done)
{
    const bool fresh = m_hasCached
        && (!m_cached.expiresAt.isValid()
            || m_cached.expiresAt > QDateTime::currentDateTimeUtc().addSecs(kExpirySlackSecs));
    if (fresh) {
        const ExecCredential cached = m_cached;
        QTimer::singleShot(0, context, [done, cached] { done(cached, {}); });
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (!m_process)
        start();
}

void ExecCredentialProvider::invalidate(const QString &token)
{
    if (!token.isEmpty() && m_cached.token.trimmed() != token)
        return;
    m_cached = {};
    m_hasCached = false;
}

void ExecCredentialProvider::start()
{
    ++m_runs;
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : std::as_const(m_config.env))
        env.insert(name, value);
    const QJsonObject info{{QStringLiteral("apiVersion"), m_config.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), QJsonObject{{QStringLiteral("interactive"), false}}}};
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_config.workingDir);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    auto *timer = new QTimer(m_process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_process, [this] {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        finish({}, tr("The credential plugin '%1' did not answer within %2 seconds.").arg(m_config.command).arg(m_timeoutMs / 1000));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_process->deleteLater();
        QString why = tr("The credential plugin '%1' could not be started: %2.").arg(m_config.command, m_process->errorString());
        if (!m_config.installHint.isEmpty())
            why += u' ' + m_config.installHint.trimmed();
        finish({}, why);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        QProcess *p = m_process;
        p->deleteLater();
        const QByteArray out = p->readAllStandardOutput();
        if (status != QProcess::NormalExit || code != 0) {
            const QString err = QString::fromUtf8(p->readAllStandardError().left(2000)).trimmed();
            finish({}, tr("The credential plugin '%1' failed (exit code %2): %3").arg(m_config.command).arg(code).arg(err));
            return;
        }
        ExecCredential credential;
        const QString error = parse(out, &credential);
        finish(credential, error);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process->bytesAvailable() > kMaxOutputBytes) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->deleteLater();
            finish({}, tr("The credential plugin '%1' printed more than a credential.").arg(m_config.command));
        }
    });
    timer->start(m_timeoutMs);
    m_process->start(m_config.command, m_config.args);
}

QString ExecCredentialProvider::parse(const QByteArray &output, ExecCredential *out) const
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(output, &error).object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential"))
        return tr("The credential plugin '%1' did not print an ExecCredential.").arg(m_config.command);
    const QString version = root.value(QStringLiteral("apiVersion")).toString();
    if (version != m_config.apiVersion)
        return tr("The credential plugin '%1' answered with API '%2' where '%3' was asked for.")
            .arg(m_config.command, version, m_config.apiVersion);
    const QJsonObject status = root.value(QStringLiteral("status")).toObject();
    out->token = status.value(QStringLiteral("token")).toString();
    out->clientCertPem = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    out->clientKeyPem = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        out->expiresAt = QDateTime::fromString(expiry, Qt::ISODateWithMs);
        if (!out->expiresAt.isValid())
            return tr("The credential plugin '%1' gave an unreadable expirationTimestamp '%2'.").arg(m_config.command, expiry);
    }
    if (out->token.isEmpty() && out->clientCertPem.isEmpty())
        return tr("The credential plugin '%1' gave neither a token nor a client certificate.").arg(m_config.command);
    if (out->clientCertPem.isEmpty() != out->clientKeyPem.isEmpty())
        return tr("The credential plugin '%1' gave a client certificate without its key.").arg(m_config.command);
    return {};
}

void ExecCredentialProvider::finish(const ExecCredential &credential, const QString &error)
{
    m_process = nullptr;
    if (error.isEmpty()) {
        m_cached = credential;
        m_hasCached = true;
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting)
        if (context)
            done(credential, error);
}

} // namespace ps
