#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <initializer_list>

namespace pstest {

// Certificates made at run time with the `openssl` command in a temporary folder:
// - ca.pem/ca.key: a test certificate authority;
// - server.pem/server.key: a server certificate it signed for 127.0.0.1;
// - client.pem/client.key: a client certificate it signed (for mutual TLS);
// - self.pem/self.key: a self-signed certificate for 127.0.0.1 (as if from another CA).
class TestCertificates
{
public:
    static bool opensslAvailable();
    // Makes them all; false (with a warning saying why) when openssl fails.
    bool make();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const;
    // Runs openssl in the folder.
    bool openssl(const QStringList &arguments) const;

private:
    bool signedCertificate(const QString &name, const QString &subject, const QString &extension) const;

    QTemporaryDir m_dir;
};

} // namespace pstest
