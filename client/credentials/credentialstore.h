#pragma once

#include "credentialresult.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace ps {

// Keeps credentials (a Prometheus token or password, later cluster tokens) in the OS
// keychain through QtKeychain. Where no keychain service runs, they are kept in this
// object's memory for the session only, and the result says so; never in a file.
// Calls are asynchronous (a keychain may ask the user to unlock it).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QFuture<CredentialResult> read(const QString &key);
    QFuture<CredentialResult> write(const QString &key, const QString &secret);
    QFuture<CredentialResult> remove(const QString &key);

    // True once the keychain was found missing: credentials last for this session only.
    bool isSessionOnly() const { return m_sessionOnly; }

private:
    QString sessionOnlyMessage() const;

    QString m_service;
    QHash<QString, QString> m_session;
    bool m_sessionOnly = false;
};

} // namespace ps
