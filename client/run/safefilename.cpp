#include "safefilename.h"

#include <QCryptographicHash>

namespace ps {

QString SafeFileName::of(const QString &id)
{
    QString name;
    for (QChar c : id)
        name += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return name.left(80) + u'-' + QString::fromLatin1(hash);
}

} // namespace ps
