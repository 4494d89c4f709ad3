#include "secretsfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ps {

QString SecretsFile::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("PSTUDIO_SECRETS_FILE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.config/pipeline-studio/secrets.env");
}

QMap<QString, QString> SecretsFile::read(const QString &path)
{
    QMap<QString, QString> secrets;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return secrets;
    for (const QByteArray &raw : f.read(1 << 20).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || eq <= 0)
            continue;
        secrets.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return secrets;
}

} // namespace ps
