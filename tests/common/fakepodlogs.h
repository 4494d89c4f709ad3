#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace pstest {

class FakeApiServer;
class TestHttpExchange;

// The containers' logs behind the fake servers: lines with their times, served from a
// second on (sinceTime) and followed until the pod ends, each line framed the API's way
// (raw text for Kubernetes, an SSE LogEntry for Argo).
class FakePodLogs : public QObject
{
    Q_OBJECT
public:
    using Frame = std::function<QByteArray(const QString &pod, const QByteArray &line)>;

    void append(const QString &pod, const QString &text, const QDateTime &time = QDateTime::currentDateTimeUtc());
    // The container ended: followers get the end of their stream.
    void finish(const QString &pod);
    bool has(const QString &pod) const { return m_pods.contains(pod); }

    void serve(FakeApiServer *server, TestHttpExchange *exchange, const QString &pod, qint64 sinceSecond, bool follow,
               bool timestamps, const QByteArray &contentType, Frame frame);

private:
    struct Line {
        QDateTime time;
        QByteArray text;
    };
    struct Follower {
        QPointer<TestHttpExchange> exchange;
        FakeApiServer *server;
        bool timestamps;
        Frame frame;
    };
    struct Pod {
        QList<Line> lines;
        bool done = false;
        QList<Follower> followers;
    };
    static QByteArray render(const Line &line, bool timestamps);
    // Writes; false when the stream was cut (fault) or is gone.
    static bool write(Follower &f, const QString &pod, const Line &line);

    QHash<QString, Pod> m_pods;
};

} // namespace pstest
