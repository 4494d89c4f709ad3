#include "logfileindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LogFileIndex)
};

constexpr qint64 kHeadBytes = 256;
constexpr quint32 kMagic = 0x50534c58; // "PSLX"
constexpr quint32 kVersion = 1;
// A line longer than this is cut into chunks (a match across the cut may be missed).
constexpr qint64 kMaxCarry = qint64(32) << 20;

} // namespace

QByteArray LogFileIndex::headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(kHeadBytes) : QByteArray();
}

void LogFileIndex::addChunk(qint64 offset, const QByteArray &bytes, qint64 size, qint64 lines)
{
    Chunk &chunk = m_chunks.emplace_back();
    chunk.offset = offset;
    chunk.size = size;
    chunk.firstLine = m_lines;
    chunk.trigrams.add(bytes.constData(), size);
    m_lines += lines;
}

QString LogFileIndex::update(const std::atomic_bool *cancel)
{
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Tr::tr("cannot read the log %1: %2").arg(m_logPath, file.errorString());
    const qint64 end = file.size();
    const QByteArray head = file.read(kHeadBytes);
    const qsizetype common = std::min(head.size(), m_head.size());
    if (end < coveredBytes() || head.left(common) != m_head.left(common)) {
        m_chunks.clear();
        m_lines = 0;
    }
    m_head = head;
    qint64 position = coveredBytes();
    if (!file.seek(position))
        return Tr::tr("cannot read the log %1: %2").arg(m_logPath, file.errorString());
    QByteArray buffer;
    qint64 chunkStart = position;
    while (position < end && !(cancel && *cancel)) {
        const qint64 want = std::min(kChunkBytes, end - position);
        const qsizetype had = buffer.size();
        buffer.resize(had + want);
        const qint64 got = file.read(buffer.data() + had, want);
        if (got <= 0) {
            buffer.resize(had);
            break;
        }
        buffer.resize(had + got);
        position += got;
        if (buffer.size() < kChunkBytes && position < end)
            continue;
        // Cut after the last newline; the rest starts the next chunk.
        const char *data = buffer.constData();
        const void *last = memrchr(data, '\n', size_t(buffer.size()));
        qint64 cut = last ? static_cast<const char *>(last) - data + 1 : 0;
        if (cut == 0 && buffer.size() < kMaxCarry)
            continue;
        if (cut == 0)
            cut = buffer.size();
        addChunk(chunkStart, buffer, cut, std::count(data, data + cut, '\n'));
        chunkStart += cut;
        buffer.remove(0, cut);
    }
    return {};
}

QString LogFileIndex::indexPathFor(const QString &dir, const QString &logPath)
{
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(QFileInfo(logPath).absoluteFilePath()).toUtf8(),
                                                    QCryptographicHash::Sha1);
    return QDir(dir).filePath(QString::fromLatin1(key.toHex()) + QStringLiteral(".pslx"));
}

LogFileIndex LogFileIndex::load(const QString &dir, const QString &logPath)
{
    LogFileIndex index(logPath);
    QFile file(indexPathFor(dir, logPath));
    if (!file.open(QIODevice::ReadOnly))
        return index;
    QDataStream in(&file);
    quint32 magic = 0;
    quint32 version = 0;
    QString path;
    quint64 count = 0;
    in >> magic >> version >> path >> index.m_head >> index.m_lines >> count;
    // Each chunk is 24 bytes and a bitmap: a count the file cannot hold is damage.
    const quint64 chunkBytes = 24 + sizeof(TrigramBitmap);
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || path != logPath
        || count > quint64(file.size()) / chunkBytes)
        return LogFileIndex(logPath);
    index.m_chunks.resize(count);
    for (Chunk &c : index.m_chunks) {
        in >> c.offset >> c.size >> c.firstLine;
        auto &words = c.trigrams.words();
        if (in.readRawData(reinterpret_cast<char *>(words.data()), int(sizeof(words))) != int(sizeof(words)))
            return LogFileIndex(logPath);
    }
    if (in.status() != QDataStream::Ok)
        return LogFileIndex(logPath);
    return index;
}

QString LogFileIndex::save(const QString &dir) const
{
    QDir().mkpath(dir);
    QSaveFile file(indexPathFor(dir, m_logPath));
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write the search index %1: %2").arg(file.fileName(), file.errorString());
    QDataStream out(&file);
    out << kMagic << kVersion << m_logPath << m_head << m_lines << quint64(m_chunks.size());
    for (const Chunk &c : m_chunks) {
        out << c.offset << c.size << c.firstLine;
        const auto &words = c.trigrams.words();
        out.writeRawData(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    }
    if (!file.commit())
        return Tr::tr("cannot write the search index %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

} // namespace ps
