#pragma once

#include "httprequest.h"
#include "kubecontext.h"

#include <QObject>

#include <functional>

namespace ps {

class ExecCredentialProvider;
class HttpClient;
class HttpReply;

// Proves who we are to one context's API server: sets TLS (CA, client certificate) and
// the Authorization header of each request from the context's token, token file, basic
// credentials or exec plugin. Asynchronous because an exec plugin takes time.
class KubeAuthenticator : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(HttpRequest request, const QString &error)>;
    using SendDone = std::function<void(HttpReply *reply, const QString &error)>;

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

    // Authorizes and sends `request`; `done` gets the reply (owned by `receiver`, whose
    // going away cancels) or why nothing was sent. The reply is held back until its status
    // is known: when the API server itself refuses the credentials (401 with a Kubernetes
    // Status), they are renewed and the request sent once more (it never reached a service),
    // and `done` gets that second reply. A success is handed over with its head, before any
    // of a stream's data; a reply handed over finished emits finished() again for the caller.
    void send(HttpClient *http, const HttpRequest &request, QObject *receiver, SendDone done);
    // What to tell the user when the API server answered `status` with `body` because it
    // refused this context's credentials; empty for any other answer.
    QString refusal(int status, const QByteArray &body) const;

private:
    void sendOnce(HttpClient *http, const HttpRequest &request, QObject *receiver, const SendDone &done, bool renewed);

    KubeContext m_context;
    ExecCredentialProvider *m_exec = nullptr;
};

} // namespace ps
