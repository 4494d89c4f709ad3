#include "truststore.h"

#include "nativewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ps {

TrustStore::TrustStore(QString file) : m_file(std::move(file))
{
    QFile f(m_file);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                m_hashes.insert(QString::fromLatin1(line.trimmed()));
}

QString TrustStore::contentHash(const Pipeline &pipeline)
{
    return QString::fromLatin1(QCryptographicHash::hash(NativeWriter::write(pipeline), QCryptographicHash::Sha256).toHex());
}

QStringList TrustStore::commandsOf(const Pipeline &pipeline)
{
    QStringList lines;
    for (const ComponentSpec &c : pipeline.components) {
        const Implementation &impl = c.implementation;
        if (impl.kind == Implementation::Kind::Script)
            lines.append(QStringLiteral("%1: %2 <<script>>\n%3").arg(c.key, impl.interpreter.join(u' '), impl.source.trimmed()));
        else if (impl.kind == Implementation::Kind::Container)
            lines.append(QStringLiteral("%1: %2").arg(c.key, QString::fromUtf8(NativeWriter::writeComponent(c)).section(u'\n', 0, 40)));
    }
    return lines;
}

bool TrustStore::isTrusted(const Pipeline &pipeline) const { return m_hashes.contains(contentHash(pipeline)); }

void TrustStore::trust(const Pipeline &pipeline)
{
    const QString hash = contentHash(pipeline);
    if (m_hashes.contains(hash))
        return;
    m_hashes.insert(hash);
    QDir().mkpath(QFileInfo(m_file).path());
    QFile f(m_file);
    if (f.open(QIODevice::Append))
        f.write(hash.toLatin1() + '\n');
}

} // namespace ps
