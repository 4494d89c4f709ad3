#pragma once

#include "httprequest.h"
#include "kubecontext.h"

#include <QObject>

#include <functional>

namespace ps {

class ExecCredentialProvider;

// Proves who we are to one context's API server: sets TLS (CA, client certificate) and
// the Authorization header of each request from the context's token, token file, basic
// credentials or exec plugin. Asynchronous because an exec plugin takes time.
class KubeAuthenticator : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(HttpRequest request, const QString &error)>;

    explicit KubeAuthenticator(KubeContext context, QObject *parent = nullptr);

    const KubeContext &context() const { return m_context; }
    // Calls `done` (from the event loop) with `request` ready to send, or why it cannot be.
    void authorize(HttpRequest request, QObject *receiver, Done done);
    // The API server refused `refused`: the credentials are fetched afresh for the next
    // request (the exec plugin runs again unless it already has; a token file is read at
    // every request anyway). False when nothing can have changed (a token or certificate
    // written in the kubeconfig).
    bool renew(const HttpRequest &refused);
    ExecCredentialProvider *execProvider() const { return m_exec; }

private:
    KubeContext m_context;
    ExecCredentialProvider *m_exec = nullptr;
};

} // namespace ps
