#include "credentialstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QPromise>

#include <functional>
#include <memory>

namespace ps {

namespace {

// No keychain service to talk to (no Secret Service or KWallet on the session bus).
bool isMissingService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

// Runs a keychain job and hands its end to `done`, which turns it into the result.
QFuture<CredentialResult> run(QKeychain::Job *job, std::function<CredentialResult(QKeychain::Job *)> done)
{
    auto promise = std::make_shared<QPromise<CredentialResult>>();
    promise->start();
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, done](QKeychain::Job *finished) {
        promise->addResult(done(finished));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<CredentialResult> ready(CredentialResult result)
{
    QPromise<CredentialResult> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

QString CredentialStore::sessionOnlyMessage() const
{
    return tr("No keychain service is running, so the credential is kept in memory for this session only. Start "
              "your desktop's keyring (for example GNOME Keyring or KWallet) to keep it.");
}

QFuture<CredentialResult> CredentialStore::read(const QString &key)
{
    if (const auto it = m_session.constFind(key); it != m_session.constEnd()) {
        CredentialResult result;
        result.secret = *it;
        result.persistent = false;
        result.message = sessionOnlyMessage();
        return ready(result);
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    return run(job, [this, key](QKeychain::Job *finished) {
        CredentialResult result;
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        } else if (error == QKeychain::EntryNotFound || isMissingService(error)) {
            result.status = CredentialResult::Status::NotFound;
            result.persistent = !isMissingService(error);
            result.message = tr("No credential is stored for %1.").arg(key);
        } else {
            result.status = CredentialResult::Status::Failed;
            result.message = tr("The keychain refused to give the credential for %1: %2").arg(key, finished->errorString());
        }
        return result;
    });
}

QFuture<CredentialResult> CredentialStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    return run(job, [this, key, secret](QKeychain::Job *finished) {
        CredentialResult result;
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            m_session.remove(key);
        } else if (isMissingService(error)) {
            Logging::logger()->info("credentials: no keychain ({}); keeping {} for this session only",
                                    finished->errorString().toStdString(), key.toStdString());
            m_sessionOnly = true;
            m_session.insert(key, secret);
            result.persistent = false;
            result.message = sessionOnlyMessage();
        } else {
            result.status = CredentialResult::Status::Failed;
            result.message = tr("The keychain refused to keep the credential for %1: %2").arg(key, finished->errorString());
        }
        return result;
    });
}

QFuture<CredentialResult> CredentialStore::remove(const QString &key)
{
    const bool wasInSession = m_session.remove(key) > 0;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    return run(job, [this, key, wasInSession](QKeychain::Job *finished) {
        CredentialResult result;
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            return result;
        }
        if (isMissingService(error)) {
            result.persistent = false;
            result.status = wasInSession ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound;
            return result;
        }
        result.status = CredentialResult::Status::Failed;
        result.message = tr("The keychain could not forget the credential for %1: %2").arg(key, finished->errorString());
        return result;
    });
}

} // namespace ps
