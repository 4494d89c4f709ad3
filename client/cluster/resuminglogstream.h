#pragma once

#include "httpreply.h"
#include "httprequest.h"
#include "linesplitter.h"
#include "logresumer.h"
#include "logstream.h"

#include <QPointer>
#include <QTimer>

namespace ps {

class ApiClient;

// A followed log over HTTP that survives drops: after a cut it reconnects from the second
// of the last line and LogResumer drops what was already delivered. Lines go out in
// batches (at most every 50 ms) so a chatty task does not flood the views. A subclass says
// how to ask for the log and how to read the lines out of the body.
class ResumingLogStream : public LogStream
{
    Q_OBJECT
public:
    ResumingLogStream(ApiClient *api, QObject *parent = nullptr);
    ~ResumingLogStream() override;

    bool isFinished() const override { return m_finished; }
    // Starts on the next turn of the event loop (so callers can connect first).
    void start();
    // Ends with failed(error) on the next turn of the event loop, without asking anything.
    void failLater(const QString &error);
    void setReconnectDelay(int ms) { m_reconnectDelayMs = ms; }
    void setMaxReconnects(int count) { m_maxReconnects = count; }
    // False: the log as far as it is written now, ended when the server has sent it.
    void setFollow(bool follow) { m_follow = follow; }
    bool follows() const { return m_follow; }
    int connections() const { return m_connections; }
    qint64 linesDelivered() const { return m_resumer.delivered(); }

    // The longest line kept whole; longer ones are cut there (a 1 GB line cannot fill memory).
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

protected:
    // The request for the log from `since` (invalid: from the start).
    virtual HttpRequest requestFrom(const QDateTime &since) const = 0;
    // The raw "TIMESTAMP text" lines in these complete body lines.
    virtual QByteArrayList linesOf(const QByteArrayList &bodyLines) = 0;
    // Whether an error answer means "not yet" (a pod still starting): try again later.
    virtual bool isNotYet(int status, const QByteArray &body) const;
    // A stream the server ended cleanly: true when the log is complete (the task ended).
    virtual bool endsWhenServerCloses() const { return true; }

    ApiClient *api() const { return m_api; }

private:
    void connectNow();
    void onData(const QByteArray &chunk);
    void onFinished();
    // Connects again later. `dropped`: the connection was lost (reconnecting() is said), not
    // merely ended by the server or not there yet.
    void retryLater(const QString &why, bool dropped);
    void flush();
    void finishWith(const QString &error);

    QPointer<ApiClient> m_api;
    QPointer<HttpReply> m_reply;
    LineSplitter m_splitter;
    LogResumer m_resumer;
    LogLines m_batch;
    QTimer m_flush;
    QTimer m_reconnect;
    int m_reconnectDelayMs = 1000;
    int m_maxReconnects = 8;
    int m_failures = 0;
    int m_connections = 0;
    qint64 m_deliveredAtConnect = 0;
    bool m_finished = false;
    bool m_dropped = false;
    bool m_follow = true;
};

} // namespace ps
