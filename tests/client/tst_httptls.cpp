#include "httpclient.h"
#include "testcertificates.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using ps::HttpClient;
using ps::HttpError;
using ps::HttpReply;
using ps::HttpRequest;
using pstest::TestHttpServer;

// TLS against a real TLS server (`openssl s_server -www`) with certificates made at run
// time: a test CA, a server certificate it signed for 127.0.0.1, a self-signed one, and a
// client certificate for mutual TLS.
class HttpTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!pstest::TestCertificates::opensslAvailable())
            QSKIP("openssl is not installed (Debian package openssl)");
        QVERIFY(m_certs.make());
    }
    void cleanup()
    {
        if (m_server) {
            m_server->kill();
            m_server->waitForFinished(3000);
            m_server.reset();
        }
    }

    void rejectsASelfSignedCertificateByDefault()
    {
        const QUrl url = startServer("self.pem", "self.key");
        QVERIFY(!url.isEmpty());
        const auto reply = fetch(HttpRequest::get(url));
        QCOMPARE(reply->error().kind, HttpError::Kind::Tls);
        QVERIFY2(reply->error().message.contains(QStringLiteral("127.0.0.1")), qPrintable(reply->error().message));
    }

    void acceptsACertificateFromACustomCaFile()
    {
        const QUrl url = startServer("server.pem", "server.key");
        QVERIFY(!url.isEmpty());
        HttpRequest request = HttpRequest::get(url);
        request.tls.caFile = path(QStringLiteral("ca.pem"));
        const auto reply = fetch(request);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status(), 200);
    }

    void acceptsACertificateFromACaInMemory()
    {
        const QUrl url = startServer("server.pem", "server.key");
        QVERIFY(!url.isEmpty());
        HttpRequest request = HttpRequest::get(url);
        request.tls.caPem = read(QStringLiteral("ca.pem"));
        const auto reply = fetch(request);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status(), 200);
    }

    void theWrongCaStillRejects()
    {
        const QUrl url = startServer("server.pem", "server.key");
        QVERIFY(!url.isEmpty());
        HttpRequest request = HttpRequest::get(url);
        request.tls.caPem = read(QStringLiteral("self.pem"));
        const auto reply = fetch(request);
        QCOMPARE(reply->error().kind, HttpError::Kind::Tls);
    }

    void insecureOnlyWhenAskedFor()
    {
        const QUrl url = startServer("self.pem", "self.key");
        QVERIFY(!url.isEmpty());
        HttpRequest request = HttpRequest::get(url);
        request.tls.insecure = true;
        const auto reply = fetch(request);
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status(), 200);
    }

    void clientCertificateFromMemory()
    {
        const QUrl url = startServer("server.pem", "server.key", {"-Verify", "1", "-CAfile", "ca.pem"});
        QVERIFY(!url.isEmpty());
        HttpRequest request = HttpRequest::get(url);
        request.tls.caPem = read(QStringLiteral("ca.pem"));
        const auto without = fetch(request);
        QVERIFY(without->error().isError());

        request.tls.clientCertPem = read(QStringLiteral("client.pem"));
        request.tls.clientKeyPem = read(QStringLiteral("client.key"));
        const auto with = fetch(request);
        QVERIFY2(!with->error().isError(), qPrintable(with->error().message));
        QCOMPARE(with->status(), 200);
    }

private:
    QByteArray read(const QString &name) const { return m_certs.read(name); }
    QString path(const QString &name) const { return m_certs.path(name); }

    static QStringList list(std::initializer_list<QAnyStringView> items)
    {
        QStringList out;
        for (const auto &item : items)
            out.append(item.toString());
        return out;
    }

    // Starts `openssl s_server -www` on a free loopback port; its URL once it accepts.
    QUrl startServer(QAnyStringView cert, QAnyStringView key, std::initializer_list<QAnyStringView> extra = {})
    {
        const quint16 port = TestHttpServer::closedPort();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        m_server = std::make_unique<QProcess>();
        m_server->setWorkingDirectory(m_certs.path(QString()));
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server->start(QStringLiteral("openssl"),
                        list({"s_server", "-accept", address, "-cert", cert, "-key",
                              key, "-www", "-quiet"})
                            + list(extra));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
            if (m_server->state() == QProcess::NotRunning)
                break;
            QTest::qWait(50);
        }
        return {};
    }

    std::unique_ptr<HttpReply> fetch(const HttpRequest &request)
    {
        std::unique_ptr<HttpReply> reply(m_client.send(request));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        finished.wait(15000);
        return reply;
    }

    pstest::TestCertificates m_certs;
    std::unique_ptr<QProcess> m_server;
    HttpClient m_client;
};

PS_TEST(HttpTlsTest)
#include "tst_httptls.moc"
