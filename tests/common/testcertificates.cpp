#include "testcertificates.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace pstest {

bool TestCertificates::opensslAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

QByteArray TestCertificates::read(const QString &name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestCertificates::openssl(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

bool TestCertificates::signedCertificate(const QString &name, const QString &subject, const QString &extension) const
{
    const QString extFile = name + QStringLiteral(".ext");
    QFile ext(path(extFile));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(extension.toUtf8() + '\n');
    ext.close();
    const QString key = name + QStringLiteral(".key");
    const QString request = name + QStringLiteral(".csr");
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                    QStringLiteral("-out"), request, QStringLiteral("-subj"), subject})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                    QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-extfile"), extFile});
}

bool TestCertificates::make()
{
    if (!m_dir.isValid())
        return false;
    const auto selfSigned = [this](const QString &name, const QString &subject, const QStringList &extra) {
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                   QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                   name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), subject}
                       + extra);
    };
    return selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Pipeline Studio Test CA"), {})
        && signedCertificate(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("subjectAltName=IP:127.0.0.1"))
        && signedCertificate(QStringLiteral("client"), QStringLiteral("/CN=studio-client"), QStringLiteral("extendedKeyUsage=clientAuth"))
        && selfSigned(QStringLiteral("self"), QStringLiteral("/CN=127.0.0.1"),
                      {QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
}

} // namespace pstest
