#include "filecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FileCopy)
};

} // namespace

QString FileCopy::copy(const QString &from, const QString &to)
{
    const QFileInfo source(from);
    if (!source.exists())
        return Tr::tr("%1 does not exist").arg(from);
    if (source.isDir()) {
        if (!QDir().mkpath(to))
            return Tr::tr("cannot create %1").arg(to);
        const QDir dir(from);
        for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            if (const QString err = copy(dir.filePath(entry), to + u'/' + entry); !err.isEmpty())
                return err;
        return {};
    }
    QDir().mkpath(QFileInfo(to).path());
    QFile::remove(to);
    QFile in(from);
    if (!in.copy(to))
        return Tr::tr("cannot copy %1 to %2: %3").arg(from, to, in.errorString());
    return {};
}

} // namespace ps
