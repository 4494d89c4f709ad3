#include "eventstream.h"
#include "httpclient.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QSignalSpy>
#include <QTest>

using ps::EventStream;
using ps::HttpClient;
using ps::HttpError;
using ps::HttpRequest;
using ps::SseEvent;
using pstest::TestHttpServer;
using namespace std::chrono_literals;

// A server that hangs up in the middle of an event, then resumes from Last-Event-ID.
class EventStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
    }

    void resumesAfterACutWithoutDuplicatesOrHalves()
    {
        m_server->on({}, QStringLiteral("/watch"),
                     TestHttpServer::sequence({TestHttpServer::cutStream({"id: 1\ndata: a\n\n", "id: 2\nda"}, 30),
                                               TestHttpServer::streamed({"id: 2\ndata: b\n\n", "id: 3\ndata: c\n\n"}, 30)}));
        EventStream stream(&m_http, HttpRequest::get(m_server->url(QStringLiteral("/watch"))));
        stream.setReconnectDelay(50ms);
        QByteArrayList data;
        connect(&stream, &EventStream::eventReceived, this, [&](const SseEvent &event) { data.append(event.data); });
        QSignalSpy reconnecting(&stream, &EventStream::reconnecting);
        QSignalSpy finished(&stream, &EventStream::finished);
        stream.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(data, (QByteArrayList{"a", "b", "c"}));
        QCOMPARE(reconnecting.size(), 1);
        QVERIFY(!stream.error().isError());
        QCOMPARE(stream.lastEventId(), QByteArray("3"));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].header("accept"), QByteArray("text/event-stream"));
        QVERIFY(requests[0].header("last-event-id").isEmpty());
        QCOMPARE(requests[1].header("last-event-id"), QByteArray("1"));
    }

    void givesUpWhenNothingComesThrough()
    {
        m_server->on({}, QStringLiteral("/watch"), TestHttpServer::cutStream({"data: never fini"}, 10));
        EventStream stream(&m_http, HttpRequest::get(m_server->url(QStringLiteral("/watch"))));
        stream.setReconnectDelay(10ms);
        stream.setMaxReconnects(3);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy finished(&stream, &EventStream::finished);
        stream.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stream.error().kind, HttpError::Kind::ConnectionLost);
        QCOMPARE(m_server->requestCount(QStringLiteral("/watch")), 4);
        QCOMPARE(events.size(), 0);
    }

    void stopCloses()
    {
        m_server->on({}, QStringLiteral("/watch"), TestHttpServer::streamed({"data: 1\n\n", "data: 2\n\n", "data: 3\n\n"}, 2000));
        EventStream stream(&m_http, HttpRequest::get(m_server->url(QStringLiteral("/watch"))));
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy finished(&stream, &EventStream::finished);
        stream.start();
        QVERIFY(events.wait(5000));
        stream.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(stream.error().kind, HttpError::Kind::Cancelled);
        QVERIFY(!stream.isRunning());
    }

    void anErrorStatusIsNotAStream()
    {
        m_server->on({}, QStringLiteral("/watch"), TestHttpServer::reply(403, R"({"message":"forbidden"})"));
        EventStream stream(&m_http, HttpRequest::get(m_server->url(QStringLiteral("/watch"))));
        QSignalSpy finished(&stream, &EventStream::finished);
        stream.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(stream.error().httpStatus, 403);
        QCOMPARE(m_server->requestCount(QStringLiteral("/watch")), 1);
    }

private:
    HttpClient m_http;
    std::unique_ptr<TestHttpServer> m_server;
};

PS_TEST(EventStreamTest)
#include "tst_eventstream.moc"
