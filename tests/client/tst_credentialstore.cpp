#include "credentialstore.h"
#include "futurewait.h"
#include "privatekeyring.h"
#include "testregistry.h"

#include <QTest>
#include <QUuid>

using ps::CredentialResult;
using ps::CredentialStore;
using pstest::resultOf;

namespace {

QString uniqueService()
{
    return QStringLiteral("pipeline-studio-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Against a real keyring: a private D-Bus session bus with gnome-keyring-daemon on it,
// started here so the test never touches the user's own keyring (PrivateKeyring).
class CredentialStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PS_START_PRIVATE_KEYRING(m_keyring);
    }
    void cleanupTestCase() { m_keyring.stop(); }

    void writesReadsAndRemoves()
    {
        CredentialStore store(uniqueService());
        const auto written = resultOf(store.write(QStringLiteral("prometheus:http://127.0.0.1:9090"), QStringLiteral("s3cret token")));
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY2(written.persistent, qPrintable(written.message));
        QVERIFY(!store.isSessionOnly());

        const auto read = resultOf(store.read(QStringLiteral("prometheus:http://127.0.0.1:9090")));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QStringLiteral("s3cret token"));
        QVERIFY(read.persistent);

        QVERIFY(resultOf(store.remove(QStringLiteral("prometheus:http://127.0.0.1:9090"))).ok());
        const auto gone = resultOf(store.read(QStringLiteral("prometheus:http://127.0.0.1:9090")));
        QCOMPARE(gone.status, CredentialResult::Status::NotFound);
    }

    void aNewStoreFindsWhatAnotherKept()
    {
        const QString service = uniqueService();
        {
            CredentialStore first(service);
            QVERIFY(resultOf(first.write(QStringLiteral("k"), QStringLiteral("v1"))).ok());
        }
        CredentialStore second(service);
        const auto read = resultOf(second.read(QStringLiteral("k")));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QStringLiteral("v1"));
        QVERIFY(resultOf(second.remove(QStringLiteral("k"))).ok());
    }

    void anUnknownKeyIsNotFound()
    {
        CredentialStore store(uniqueService());
        const auto read = resultOf(store.read(QStringLiteral("never-written")));
        QCOMPARE(read.status, CredentialResult::Status::NotFound);
        QVERIFY(read.persistent);
    }

private:
    pstest::PrivateKeyring m_keyring;
};

// Where no keychain service runs: the credential lives in memory for the session, and
// the result says so.
class CredentialStoreFallbackTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pipeline-studio-test-bus");
    }

    void keepsTheCredentialForTheSessionOnly()
    {
        CredentialStore store(uniqueService());
        const auto written = resultOf(store.write(QStringLiteral("k"), QStringLiteral("v")), 60000);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY(!written.persistent);
        QVERIFY(written.message.contains(QStringLiteral("session only")));
        QVERIFY(store.isSessionOnly());

        const auto read = resultOf(store.read(QStringLiteral("k")));
        QVERIFY(read.ok());
        QCOMPARE(read.secret, QStringLiteral("v"));
        QVERIFY(!read.persistent);

        QVERIFY(resultOf(store.remove(QStringLiteral("k")), 60000).ok());
        QCOMPARE(resultOf(store.read(QStringLiteral("k")), 60000).status, CredentialResult::Status::NotFound);

        CredentialStore later(uniqueService());
        QCOMPARE(resultOf(later.read(QStringLiteral("k")), 60000).status, CredentialResult::Status::NotFound);
    }
};

PS_TEST(CredentialStoreTest)
PS_TEST(CredentialStoreFallbackTest)
#include "tst_credentialstore.moc"
