#include "httpclient.h"
#include "logging.h"
#include "testhttpserver.h"
#include "eventdrain.h"
#include "testregistry.h"

#include <spdlog/sinks/ostream_sink.h>

#include <QSignalSpy>
#include <QTest>

#include <sstream>

using ps::HttpClient;
using ps::HttpError;
using ps::HttpReply;
using ps::HttpRequest;
using pstest::TestHttpExchange;
using pstest::TestHttpServer;
using namespace std::chrono_literals;

namespace {

// Waits for the reply to end; false when it did not within `ms`.
bool waitFinished(HttpReply *reply, int ms = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &HttpReply::finished);
    return spy.wait(ms);
}

} // namespace

class HttpClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<HttpClient>();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void getReturnsStatusHeadersAndBody()
    {
        m_server->on("GET", QStringLiteral("/hello"), [](TestHttpExchange *exchange) {
            exchange->respond(200, "hello " + exchange->request().header("X-Name"), "text/plain",
                              {{"X-Answer", "42"}});
        });
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/hello?x=1")));
        request.setHeader("X-Name", "studio");
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->body(), QByteArray("hello studio"));
        QCOMPARE(reply->header("x-answer"), QByteArray("42"));
        QCOMPARE(reply->header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    }

    void postSendsBodyAndContentType()
    {
        m_server->on("POST", QStringLiteral("/items"), TestHttpServer::reply(201, R"({"id":7})"));
        std::unique_ptr<HttpReply> reply(
            m_client->send(HttpRequest::post(m_server->url(QStringLiteral("/items")), "application/json", R"({"name":"a"})")));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->status(), 201);
        QVERIFY(!reply->error().isError());
        const auto sent = m_server->requests().value(0);
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.body, QByteArray(R"({"name":"a"})"));
        QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    }

    void connectionRefusedSaysWhere()
    {
        const quint16 port = TestHttpServer::closedPort();
        std::unique_ptr<HttpReply> reply(
            m_client->get(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port))));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::ConnectionRefused);
        QVERIFY2(reply->error().message.contains(QString::number(port)), qPrintable(reply->error().message));
    }

    void errorStatusKeepsTheServersBody()
    {
        m_server->on({}, QStringLiteral("/secret"), TestHttpServer::reply(401, R"({"message":"token expired"})"));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/secret")));
        request.streamed = true; // error bodies are kept even for streamed requests
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QSignalSpy chunks(reply.get(), &HttpReply::dataReceived);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::HttpStatus);
        QCOMPARE(reply->error().httpStatus, 401);
        QVERIFY(reply->body().contains("token expired"));
        QCOMPARE(chunks.size(), 0);
    }

    void timeoutFires()
    {
        m_server->on({}, QStringLiteral("/slow"), TestHttpServer::delayed(5000, TestHttpServer::reply(200, "late")));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/slow")));
        request.timeout = 300ms;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        // The server answers after 5 s: a timeout, and no body, means the 300 ms limit cut it.
        QCOMPARE(reply->error().kind, HttpError::Kind::Timeout);
        QVERIFY(reply->body().isEmpty());
    }

    void abortCancelsAndFinishesOnce()
    {
        m_server->on({}, QStringLiteral("/slow"), TestHttpServer::delayed(5000, TestHttpServer::reply(200, "late")));
        std::unique_ptr<HttpReply> reply(m_client->get(m_server->url(QStringLiteral("/slow"))));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error().kind, HttpError::Kind::Cancelled);
        QCOMPARE(m_client->activeTransfers(), 0);
        reply->abort();
        QVERIFY(pstest::drainPostedEvents());
        QCOMPARE(finished.size(), 1);
    }

    void deletingAReplyCancelsIt()
    {
        m_server->on({}, QStringLiteral("/slow"), TestHttpServer::delayed(5000, TestHttpServer::reply(200, "late")));
        auto *reply = m_client->get(m_server->url(QStringLiteral("/slow")));
        QTRY_COMPARE(m_client->activeTransfers(), 1);
        delete reply;
        QCOMPARE(m_client->activeTransfers(), 0);
        QVERIFY(pstest::drainPostedEvents()); // the event loop must not touch the deleted reply
    }

    void streamedChunksArriveBeforeTheEnd()
    {
        m_server->on({}, QStringLiteral("/logs"),
                     TestHttpServer::streamed({"first line\n", "second ", "line\n", "third line\n"}, 150));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/logs")));
        request.streamed = true;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QByteArray received;
        bool chunkBeforeEnd = false;
        connect(reply.get(), &HttpReply::dataReceived, this, [&](const QByteArray &chunk) {
            received += chunk;
            chunkBeforeEnd = chunkBeforeEnd || !reply->isFinished();
        });
        QSignalSpy head(reply.get(), &HttpReply::headersReceived);
        QTRY_VERIFY(received.contains("first line"));
        QVERIFY(!reply->isFinished());
        QCOMPARE(head.size(), 1);
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(!reply->error().isError());
        QCOMPARE(received, QByteArray("first line\nsecond line\nthird line\n"));
        QVERIFY(reply->body().isEmpty());
        QVERIFY(chunkBeforeEnd);
    }

    void streamCutMidLineIsAnError()
    {
        m_server->on({}, QStringLiteral("/logs"), TestHttpServer::cutStream({"complete\nhalf of a li"}, 50));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/logs")));
        request.streamed = true;
        request.retries = 2; // data went out already: no retry may repeat it
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QByteArray received;
        connect(reply.get(), &HttpReply::dataReceived, this, [&](const QByteArray &chunk) { received += chunk; });
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::ConnectionLost);
        QCOMPARE(received, QByteArray("complete\nhalf of a li"));
        QCOMPARE(reply->attempts(), 1);
    }

    void retriesIdempotentRequestsOn5xx()
    {
        m_server->on({}, QStringLiteral("/flaky"),
                     TestHttpServer::sequence({TestHttpServer::reply(503, "{}"), TestHttpServer::reply(500, "{}"),
                                               TestHttpServer::reply(200, "ok")}));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/flaky")));
        request.retries = 3;
        request.retryBackoff = 20ms;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), QByteArray("ok"));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(m_server->requestCount(QStringLiteral("/flaky")), 3);
    }

    void givesUpAfterTheRetries()
    {
        m_server->on({}, QStringLiteral("/down"), TestHttpServer::reply(503, R"({"down":true})"));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/down")));
        request.retries = 2;
        request.retryBackoff = 10ms;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().httpStatus, 503);
        QCOMPARE(reply->attempts(), 3);
        QVERIFY(reply->body().contains("down"));
    }

    void neverRetriesAPost()
    {
        m_server->on({}, QStringLiteral("/submit"),
                     TestHttpServer::sequence({TestHttpServer::reply(500, "{}"), TestHttpServer::reply(200, "ok")}));
        HttpRequest request = HttpRequest::post(m_server->url(QStringLiteral("/submit")), "application/json", "{}");
        request.retries = 3;
        request.retryBackoff = 10ms;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().httpStatus, 500);
        QCOMPARE(m_server->requestCount(QStringLiteral("/submit")), 1);
    }

    void aBodyOverTheLimitFails()
    {
        m_server->on({}, QStringLiteral("/huge"), TestHttpServer::huge(8 * 1024 * 1024));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/huge")));
        request.maxBodyBytes = 1024 * 1024;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::TooLarge);
        QVERIFY(reply->body().size() <= 1024 * 1024);
    }

    void aHugeBodyWithinTheLimitArrivesWhole()
    {
        m_server->on({}, QStringLiteral("/huge"), TestHttpServer::huge(16 * 1024 * 1024));
        std::unique_ptr<HttpReply> reply(m_client->get(m_server->url(QStringLiteral("/huge"))));
        QVERIFY(waitFinished(reply.get(), 30000));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->body().size(), 16 * 1024 * 1024);
    }

    void manyRequestsAtOnce()
    {
        m_server->on({}, QStringLiteral("/n"), [](TestHttpExchange *exchange) {
            exchange->respond(200, exchange->request().query.queryItemValue(QStringLiteral("i")).toUtf8());
        });
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 20; ++i)
            replies.emplace_back(m_client->get(m_server->url(QStringLiteral("/n?i=%1").arg(i))));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(waitFinished(replies[i].get()));
            QCOMPARE(replies[i]->body(), QByteArray::number(i));
        }
    }

    void abortFromADataSlotStopsTheStream()
    {
        m_server->on({}, QStringLiteral("/logs"), TestHttpServer::streamed({"one\n", "two\n", "three\n", "four\n"}, 100));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/logs")));
        request.streamed = true;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QByteArrayList chunks;
        connect(reply.get(), &HttpReply::dataReceived, this, [&](const QByteArray &chunk) {
            chunks.append(chunk);
            reply->abort(); // enough
        });
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::Cancelled);
        QCOMPARE(chunks.size(), 1);
        QVERIFY(pstest::drainPostedEvents());
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(m_client->activeTransfers(), 0);
    }

    void repliesOutliveTheirClient()
    {
        m_server->on({}, QStringLiteral("/slow"), TestHttpServer::delayed(5000, TestHttpServer::reply(200, "late")));
        std::unique_ptr<HttpReply> reply(m_client->get(m_server->url(QStringLiteral("/slow"))));
        QTRY_COMPARE(m_client->activeTransfers(), 1);
        m_client.reset();
        QVERIFY(pstest::drainPostedEvents());
        reply->abort();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, HttpError::Kind::Cancelled);
    }

    void otherMethodsAndALargeUpload_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("bodyBytes");
        QTest::newRow("PUT 5 MiB") << QByteArray("PUT") << 5 * 1024 * 1024;
        QTest::newRow("DELETE") << QByteArray("DELETE") << 0;
        QTest::newRow("PATCH") << QByteArray("PATCH") << 100;
        QTest::newRow("POST 5 MiB") << QByteArray("POST") << 5 * 1024 * 1024;
    }
    void otherMethodsAndALargeUpload()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, bodyBytes);
        m_server->on(method, QStringLiteral("/thing"), [](TestHttpExchange *exchange) {
            exchange->respond(200, QByteArray::number(exchange->request().body.size()), "text/plain");
        });
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/thing")));
        request.method = method;
        request.body = QByteArray(bodyBytes, 'b');
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get(), 30000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), QByteArray::number(bodyBytes));
        QCOMPARE(m_server->requests().value(0).method, method);
    }

    void refusedConnectionsAreRetriedThenReported()
    {
        HttpRequest request = HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(TestHttpServer::closedPort())));
        request.retries = 2;
        request.retryBackoff = 10ms;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, HttpError::Kind::ConnectionRefused);
        QCOMPARE(reply->attempts(), 3);
    }

    void loopbackNeverGoesThroughAProxy()
    {
        const QByteArray saved = qgetenv("http_proxy");
        qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(TestHttpServer::closedPort()).toUtf8());
        m_server->on({}, QStringLiteral("/direct"), TestHttpServer::reply(200, "direct"));
        std::unique_ptr<HttpReply> reply(m_client->get(m_server->url(QStringLiteral("/direct"))));
        const bool finished = waitFinished(reply.get());
        if (saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
        QVERIFY(finished);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), QByteArray("direct"));
    }

    void proxyFromTheEnvironmentOrTheRequest_data()
    {
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("http_proxy") << true;
        QTest::newRow("HttpRequest::proxy") << false;
    }
    void proxyFromTheEnvironmentOrTheRequest()
    {
        // The test server plays the proxy: it receives the absolute URL as the target.
        QFETCH(bool, fromEnvironment);
        m_server->on("GET", QStringLiteral("/through-proxy"), TestHttpServer::reply(200, "proxied"));
        const QByteArray proxy = m_server->url().toEncoded();
        const QByteArray savedProxy = qgetenv("http_proxy");
        const QByteArray savedNoProxy = qgetenv("no_proxy");
        qunsetenv("no_proxy");
        if (fromEnvironment)
            qputenv("http_proxy", proxy);
        else
            qunsetenv("http_proxy");
        HttpRequest request = HttpRequest::get(QUrl(QStringLiteral("http://cluster.example.invalid/through-proxy")));
        if (!fromEnvironment)
            request.proxy = proxy;
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        const bool finished = waitFinished(reply.get());
        savedProxy.isNull() ? qunsetenv("http_proxy") : qputenv("http_proxy", savedProxy);
        savedNoProxy.isNull() ? qunsetenv("no_proxy") : qputenv("no_proxy", savedNoProxy);
        QVERIFY(finished);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->body(), QByteArray("proxied"));
        QCOMPARE(m_server->requests().value(0).target, QByteArray("http://cluster.example.invalid/through-proxy"));
    }

    void credentialsNeverReachTheLog()
    {
        std::ostringstream stream;
        auto logger = ps::Logging::makeLogger(std::make_shared<spdlog::sinks::ostream_sink_mt>(stream));
        logger->set_level(spdlog::level::debug);
        m_client->setLogger(logger);
        m_server->on({}, QStringLiteral("/private"), TestHttpServer::reply(401, R"({"error":"no"})"));
        HttpRequest request = HttpRequest::get(m_server->url(QStringLiteral("/private?access_token=query-s3cret")));
        request.setHeader("Authorization", "Bearer header-s3cret");
        request.setHeader("X-Auth-Token", "custom-s3cret");
        request.setHeader("Accept", "application/json");
        std::unique_ptr<HttpReply> reply(m_client->send(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(m_server->requests().value(0).header("authorization"), QByteArray("Bearer header-s3cret"));
        logger->flush();
        const QString log = QString::fromStdString(stream.str());
        QVERIFY2(log.contains(QStringLiteral("/private")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("application/json")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral("s3cret")), qPrintable(log));
    }

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;
};

PS_TEST(HttpClientTest)
#include "tst_httpclient.moc"
