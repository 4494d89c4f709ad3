#pragma once

#include "fakeapiserver.h"
#include "fakepodlogs.h"

namespace pstest {

// A Kubernetes API server as far as Pipeline Studio uses one: /version, pod logs
// (container, follow, timestamps, sinceTime), errors as Status objects, and the service
// proxy /api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy[/PATH] in front of
// services in the cluster. Like the real API server it authenticates the caller first
// (requireToken), then passes the request on without its Authorization header.
class FakeKubeServer : public FakeApiServer
{
    Q_OBJECT
public:
    explicit FakeKubeServer(QObject *parent = nullptr);
    FakePodLogs &logs() { return m_logs; }
    // A service in the cluster that answers through the API server's service proxy:
    // /api/v1/namespaces/NS/services/SERVICE/proxy/PATH goes to `handler` with "/PATH".
    // SERVICE as the proxy URL writes it, e.g. "http:prometheus-k8s:9090" ("http" and no
    // port may be left out, as in the URL).
    using ServiceHandler = std::function<void(TestHttpExchange *exchange, const QString &path)>;
    void addService(const QString &namespaceName, const QString &service, ServiceHandler handler);
    // A service played by another fake (Argo Server, KFP): proxied requests, streams
    // included, reach `target` as "/PATH?QUERY" and are recorded there too.
    void forwardService(const QString &namespaceName, const QString &service, FakeApiServer *target);
    // A pod whose container has not started: its log answers 400 "waiting to start" this many times.
    void setWaiting(const QString &pod, int times) { m_waiting[pod] = times; }

protected:
    QByteArray errorBody(int status, const QString &message) const override;

private:
    // "ns|scheme|name|port" for a proxy URL's service segment.
    static QString serviceKey(const QString &namespaceName, const QString &service);
    void proxy(TestHttpExchange *exchange, const QRegularExpressionMatch &match);

    FakePodLogs m_logs;
    QHash<QString, ServiceHandler> m_services;
    QHash<QString, int> m_waiting;
};

} // namespace pstest
