#include "artifactcachepath.h"

#include <QCryptographicHash>
#include <QDir>

namespace ps {

namespace {
constexpr qsizetype kMaxComponentBytes = 200; // file systems allow 255 bytes
}

QString ArtifactCachePath::component(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name)
        safe.append(c == u'/' || c == u'\\' || c.category() == QChar::Other_Control ? QChar(u'_') : c);
    if (safe.isEmpty() || safe == u"." || safe == u"..")
        safe.prepend(u'_');
    if (safe == name && safe.toUtf8().size() <= kMaxComponentBytes)
        return safe;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    while (safe.toUtf8().size() > kMaxComponentBytes - hash.size() - 1)
        safe.chop(1);
    if (safe.endsWith(u'.'))
        safe.append(u'_'); // "name-hash" may not end in a dot of the original either way
    return safe + u'-' + hash;
}

QString ArtifactCachePath::fileName(const ArtifactInfo &artifact)
{
    QString uri = artifact.uri;
    while (uri.endsWith(u'/'))
        uri.chop(1);
    const qsizetype slash = uri.lastIndexOf(u'/');
    const QString last = slash < 0 ? uri : uri.mid(slash + 1);
    return component(last.isEmpty() ? artifact.name : last);
}

QString ArtifactCachePath::preview(const QString &root, const ArtifactInfo &artifact)
{
    return QDir(root).filePath(QStringLiteral("preview/%1/%2/%3").arg(component(artifact.nodeId), component(artifact.name),
                                                                        fileName(artifact)));
}

QString ArtifactCachePath::open(const QString &root, const ArtifactInfo &artifact)
{
    return QDir(root).filePath(QStringLiteral("open/%1/%2").arg(component(artifact.nodeId), fileName(artifact)));
}

} // namespace ps
