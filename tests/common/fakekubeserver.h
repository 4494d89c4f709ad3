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
    // A pod whose container has not started: its log answers 400 "waiting to start" this many times.
    void setWaiting(const QString &pod, int times) { m_waiting[pod] = times; }

protected:
    QByteArray errorBody(int status, const QString &message) const override;

private:
    FakePodLogs m_logs;
    QHash<QString, int> m_waiting;
};

} // namespace pstest
