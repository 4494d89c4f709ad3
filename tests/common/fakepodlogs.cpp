#include "fakepodlogs.h"

#include "fakeapiserver.h"

namespace pstest {

QByteArray FakePodLogs::render(const Line &line, bool timestamps)
{
    if (!timestamps)
        return line.text;
    return line.time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")).toLatin1() + "000000Z " + line.text;
}

bool FakePodLogs::write(Follower &f, const QString &pod, const Line &line)
{
    if (!f.exchange || !f.exchange->isConnected())
        return false;
    const QByteArray data = f.frame(pod, render(line, f.timestamps));
    if (f.server->cutIfAsked(f.exchange, data))
        return false;
    f.exchange->writeChunk(data);
    return true;
}

void FakePodLogs::append(const QString &pod, const QString &text, const QDateTime &time)
{
    Pod &p = m_pods[pod];
    p.lines.append({time.toUTC(), text.toUtf8()});
    for (qsizetype i = p.followers.size() - 1; i >= 0; --i)
        if (!write(p.followers[i], pod, p.lines.last()))
            p.followers.removeAt(i);
}

void FakePodLogs::finish(const QString &pod)
{
    Pod &p = m_pods[pod];
    p.done = true;
    for (Follower &f : p.followers)
        if (f.exchange && f.exchange->isConnected())
            f.exchange->endChunked();
    p.followers.clear();
}

void FakePodLogs::serve(FakeApiServer *server, TestHttpExchange *exchange, const QString &pod, qint64 sinceSecond,
                        bool follow, bool timestamps, const QByteArray &contentType, Frame frame)
{
    if (!m_pods.contains(pod)) {
        server->fail(exchange, 404, QStringLiteral("pods \"%1\" not found").arg(pod));
        return;
    }
    Pod &p = m_pods[pod];
    exchange->beginChunked(200, contentType);
    Follower f{exchange, server, timestamps, std::move(frame)};
    for (const Line &line : std::as_const(p.lines))
        if (line.time.toSecsSinceEpoch() >= sinceSecond && !write(f, pod, line))
            return;
    if (!follow || p.done) {
        exchange->endChunked();
        return;
    }
    p.followers.append(f);
}

} // namespace pstest
