#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace pstest {

// A real keyring for a test: a private D-Bus session bus with gnome-keyring-daemon (the
// Secret Service) on it, in a temporary home, so a test never touches the user's keyring.
// DBUS_SESSION_BUS_ADDRESS of this process points at it from start() on.
class PrivateKeyring
{
public:
    ~PrivateKeyring() { stop(); }

    // Why no keyring can run here (the test skips), or empty.
    static QString unavailable()
    {
        for (const auto *program : {"dbus-daemon", "gnome-keyring-daemon"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
                return QStringLiteral("needs dbus-daemon and gnome-keyring-daemon (Debian packages dbus, gnome-keyring)");
        return {};
    }
    // Starts the bus and the unlocked keyring; false (with `why`) when it did not come up.
    bool start(QString *why)
    {
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_home.isValid() || !m_bus.waitForReadyRead(10000))
            return fail(why, QStringLiteral("dbus-daemon did not start"));
        m_address = m_bus.readLine().trimmed();
        if (!m_address.startsWith("unix:"))
            return fail(why, QStringLiteral("dbus-daemon printed no address: ") + QString::fromUtf8(m_address));
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        m_keyring.setProcessEnvironment(environment);
        m_keyring.setProcessChannelMode(QProcess::ForwardedChannels);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--foreground")});
        if (!m_keyring.waitForStarted(10000))
            return fail(why, QStringLiteral("gnome-keyring-daemon did not start"));
        m_keyring.write("test-password");
        m_keyring.closeWriteChannel();
        // Unlocking creates the login keyring, the default collection of the Secret Service.
        const QString login = m_home.filePath(QStringLiteral("keyrings/login.keyring"));
        if (!QTest::qWaitFor([&] { return QFile::exists(login); }, 10000) || m_keyring.state() != QProcess::Running)
            return fail(why, QStringLiteral("gnome-keyring-daemon did not unlock a login keyring"));
        return true;
    }
    QByteArray busAddress() const { return m_address; }
    void stop()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
        }
    }

private:
    static bool fail(QString *why, const QString &text)
    {
        if (why)
            *why = text;
        return false;
    }

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QByteArray m_address;
};

} // namespace pstest

// For initTestCase: starts `keyring`, skipping the test class where no keyring can run and
// failing where one should and does not come up.
#define PS_START_PRIVATE_KEYRING(keyring)                                              \
    do {                                                                               \
        if (const QString unavailable = pstest::PrivateKeyring::unavailable(); !unavailable.isEmpty()) \
            QSKIP(qPrintable(unavailable));                                            \
        QString notStarted;                                                            \
        QVERIFY2((keyring).start(&notStarted), qPrintable(notStarted));                \
    } while (false)
