#include "logentry.h"

#include <QRegularExpression>

namespace ps {

namespace {

// "2024-05-01T10:00:00.123Z\tstdout\t": digits first, a tab before the 40th byte, a stream.
bool recordShape(QByteArrayView line, qsizetype &firstTab, bool &isStderr)
{
    if (line.size() < 20 || line[0] < '0' || line[0] > '9')
        return false;
    firstTab = line.first(std::min<qsizetype>(line.size(), 40)).indexOf('\t');
    if (firstTab < 10 || line.size() < firstTab + 8)
        return false;
    const QByteArrayView stream = line.sliced(firstTab + 1, 7);
    if (stream == "stdout\t")
        isStderr = false;
    else if (stream == "stderr\t")
        isStderr = true;
    else
        return false;
    return true;
}

} // namespace

QByteArrayView LogEntry::trimEnd(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

qsizetype LogEntry::textOffset(QByteArrayView line)
{
    qsizetype tab = 0;
    bool isStderr = false;
    return recordShape(line, tab, isStderr) ? tab + 8 : 0;
}

QDateTime LogEntry::timeOf(QByteArrayView line)
{
    qsizetype tab = 0;
    bool isStderr = false;
    if (!recordShape(line, tab, isStderr))
        return {};
    return QDateTime::fromString(QString::fromLatin1(line.first(tab)), Qt::ISODateWithMs);
}

bool LogEntry::looksLikeError() const
{
    static const QRegularExpression words(QStringLiteral("error|exception|traceback|fatal"), QRegularExpression::CaseInsensitiveOption);
    return isStderr || words.match(text).hasMatch();
}

LogEntry LogEntry::decode(QByteArrayView line)
{
    LogEntry entry;
    line = trimEnd(line);
    qsizetype tab = 0;
    if (recordShape(line, tab, entry.isStderr)) {
        entry.time = QDateTime::fromString(QString::fromLatin1(line.first(tab)), Qt::ISODateWithMs);
        if (entry.time.isValid())
            line = line.sliced(tab + 8);
        else
            entry.isStderr = false;
    }
    // A UTF-8 character takes at least one byte: cutting the bytes bounds the characters.
    if (line.size() > kMaxChars) {
        line = line.first(kMaxChars);
        entry.truncated = true;
    }
    entry.text = QString::fromUtf8(line);
    return entry;
}

} // namespace ps
