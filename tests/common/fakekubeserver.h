#pragma once

#include "fakeapiserver.h"
#include "fakepodlogs.h"

namespace pstest {

// A Kubernetes API server as far as Pipeline Studio uses one: /version, pod logs
// (container, follow, timestamps, sinceTime) and errors as Status objects.
class FakeKubeServer : public FakeApiServer
{
    Q_OBJECT
public:
    explicit FakeKubeServer(QObject *parent = nullptr);
    FakePodLogs &logs() { return m_logs; }
    // A service in the cluster that answers through the API server's service proxy:
    // GET /api/v1/namespaces/NS/services/SERVICE/proxy/PATH goes to `handler` with "/PATH".
    // SERVICE as the proxy URL writes it, e.g. "http:prometheus-k8s:9090".
    using ServiceHandler = std::function<void(TestHttpExchange *exchange, const QString &path)>;
    void addService(const QString &namespaceName, const QString &service, ServiceHandler handler);
    // A pod whose container has not started: its log answers 400 "waiting to start" this many times.
    void setWaiting(const QString &pod, int times) { m_waiting[pod] = times; }

protected:
    QByteArray errorBody(int status, const QString &message) const override;

private:
    FakePodLogs m_logs;
    QHash<QString, int> m_waiting;
};

} // namespace pstest
