#pragma once

#include "kubecontext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QProcess;

namespace ps {

// What an exec credential plugin printed (ExecCredential.status).
struct ExecCredential {
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiresAt;        // invalid: valid until the process ends
};

// Runs a kubeconfig's exec credential plugin (client.authentication.k8s.io v1 / v1beta1)
// asynchronously and keeps what it printed until its expirationTimestamp. Callers asking
// while the plugin runs wait for the same run; the plugin never runs twice at once.
class ExecCredentialProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ExecCredential &credential, const QString &error)>;

    ExecCredentialProvider(ExecConfig config, QObject *parent = nullptr);
    ~ExecCredentialProvider() override;

    // Calls back (from the event loop, never from within this call) with a valid credential.
    void credential(QObject *context, Callback done);
    // Forgets the cached credential, e.g. after the server answered 401 with it; with a
    // token, only when that is still the cached one (a later run may have replaced it).
    void invalidate(const QString &token = {});
    int runs() const { return m_runs; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    void start();
    void finish(const ExecCredential &credential, const QString &error);
    QString parse(const QByteArray &output, ExecCredential *out) const;

    ExecConfig m_config;
    QPointer<QProcess> m_process;
    QList<QPair<QPointer<QObject>, Callback>> m_waiting;
    ExecCredential m_cached;
    bool m_hasCached = false;
    int m_runs = 0;
    int m_timeoutMs = 60000;
};

} // namespace ps
