#include "logexport.h"

#include "ansitext.h"
#include "logentry.h"
#include "logstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LogExport)
};

constexpr qint64 kBlock = 16384;

} // namespace

QString LogExport::write(const LogStore &store, const Options &options, const QString &target)
{
    QFile source(store.path());
    if (!source.open(QIODevice::ReadOnly))
        return Tr::tr("cannot read the log %1: %2").arg(store.path(), source.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(target, out.errorString());
    for (qint64 first = 0;; first += kBlock) {
        qint64 end = 0;
        const std::vector<qint64> starts = store.lineStarts(first, kBlock, &end);
        if (starts.empty())
            break;
        QByteArray block;
        for (size_t i = 0; i < starts.size(); ++i) {
            const qint64 line = first + qint64(i);
            if (options.only && !options.only->contains(line))
                continue;
            const qint64 lineEnd = i + 1 < starts.size() ? starts[i + 1] : end;
            if (!source.seek(starts[i]))
                return Tr::tr("cannot read the log %1: %2").arg(store.path(), source.errorString());
            const LogEntry entry = LogEntry::decode(source.read(std::min(lineEnd - starts[i], LogEntry::kMaxChars + 64)));
            QString text;
            if (!options.tasks.isEmpty())
                text += options.tasks.value(store.tagOf(line)) + u'\t';
            if (options.timestamps && entry.time.isValid())
                text += entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + u'\t';
            text += AnsiText::strip(entry.text);
            block += text.toUtf8() + '\n';
        }
        if (out.write(block) != block.size())
            return Tr::tr("cannot write %1: %2").arg(target, out.errorString());
    }
    if (!out.commit())
        return Tr::tr("cannot write %1: %2").arg(target, out.errorString());
    return {};
}

} // namespace ps
