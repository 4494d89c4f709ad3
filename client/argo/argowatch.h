#pragma once

#include "httpreply.h"
#include "linesplitter.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ps {

class ApiClient;

// Follows the workflows of a namespace that carry a label, through Argo's workflow-events
// stream (SSE, one `data: {"result":{type, object}}` per event). After a drop it
// reconnects from the resourceVersion of the last event it read, so no change is missed
// and none is heard twice; a half-received event is dropped and comes again.
class ArgoWatch : public QObject
{
    Q_OBJECT
public:
    ArgoWatch(ApiClient *api, QString namespaceName, QString labelSelector, QObject *parent = nullptr);
    ~ArgoWatch() override;

    // Starts from `resourceVersion` (empty: the server sends every workflow as ADDED first).
    void start(const QString &resourceVersion = {});
    void stop();
    bool isRunning() const { return m_reply || m_retry.isActive(); }
    QString resourceVersion() const { return m_resourceVersion; }
    int connections() const { return m_connections; }
    void setReconnectDelay(int ms) { m_delayMs = ms; }
    void setMaxFailures(int count) { m_maxFailures = count; }

signals:
    void eventReceived(const QString &type, const QJsonObject &workflow);
    void reconnecting(const QString &reason);
    // The server answered a (re)connection: the watch is live.
    void connected();
    // Given up after repeated failures (or refused: 401/403); `error` says why.
    void failed(const QString &error);

private:
    void connectNow();
    void onData(const QByteArray &chunk);
    void onFinished();
    void line(const QByteArray &text);

    QPointer<ApiClient> m_api;
    QString m_namespace;
    QString m_selector;
    QString m_resourceVersion;
    QPointer<HttpReply> m_reply;
    LineSplitter m_lines;
    QTimer m_retry;
    int m_delayMs = 1000;
    int m_maxFailures = 10;
    int m_failures = 0;
    int m_connections = 0;
    bool m_progress = false;
};

} // namespace ps
