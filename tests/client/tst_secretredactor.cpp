#include "logging.h"
#include "secretredactor.h"
#include "testregistry.h"

#include <spdlog/sinks/ostream_sink.h>

#include <QTest>

#include <sstream>

using ps::SecretRedactor;

class SecretRedactorTest : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("authorization header") << "GET /api/v1/workflows Authorization: Bearer eyJhbGciOi.abc.def" << "eyJhbGciOi" << "GET /api/v1/workflows";
        QTest::newRow("lower-case header") << "authorization=Basic dXNlcjpwYXNz" << "dXNlcjpwYXNz" << "authorization";
        QTest::newRow("bare bearer") << "token was Bearer abc.DEF-123_xyz for user" << "abc.DEF-123_xyz" << "for user";
        QTest::newRow("query parameter") << "https://host/x?user=me&access_token=s3cr3t&page=2" << "s3cr3t" << "page=2";
        QTest::newRow("json password") << R"({"username":"me","password":"hunter2"})" << "hunter2" << "username";
        QTest::newRow("cookie") << "Cookie: authorization=Bearer zzz" << "zzz" << "Cookie";
        QTest::newRow("client key") << "client-key: /home/me/key.pem" << "/home/me/key.pem" << "client-key";
    }
    void redacts()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = QString::fromStdString(SecretRedactor::redact(line.toStdString()));
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("[redacted]")));
    }

    void leavesOrdinaryLinesAlone()
    {
        const std::string line = "task train finished in 12.5 s with exit code 0";
        QCOMPARE(SecretRedactor::redact(line), line);
    }

    void loggerNeverWritesATokenToItsSinks()
    {
        std::ostringstream stream;
        auto logger = ps::Logging::makeLogger(std::make_shared<spdlog::sinks::ostream_sink_mt>(stream));
        logger->info("sending Authorization: Bearer {}", "topsecret-token");
        logger->flush();
        const QString written = QString::fromStdString(stream.str());
        QVERIFY(written.contains(QStringLiteral("sending Authorization")));
        QVERIFY2(!written.contains(QStringLiteral("topsecret")), qPrintable(written));
    }
};

PS_TEST(SecretRedactorTest)
#include "tst_secretredactor.moc"
