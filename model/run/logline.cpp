#include "logline.h"

namespace ps {

QByteArray LogLine::toRecord() const
{
    QByteArray record = time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    record += stream == Stream::Stderr ? "\tstderr\t" : "\tstdout\t";
    record += text.toUtf8();
    record.replace('\n', ' ');
    record += '\n';
    return record;
}

QByteArray LogLine::toRecords(const QList<LogLine> &lines)
{
    QByteArray block;
    for (const LogLine &line : lines)
        block += line.toRecord();
    return block;
}

std::optional<LogLine> LogLine::fromRecord(QByteArrayView record)
{
    if (record.endsWith('\n'))
        record.chop(1);
    const qsizetype firstTab = record.indexOf('\t');
    if (firstTab < 0)
        return std::nullopt;
    const qsizetype secondTab = record.sliced(firstTab + 1).indexOf('\t');
    if (secondTab < 0)
        return std::nullopt;
    LogLine line;
    line.time = QDateTime::fromString(QString::fromLatin1(record.first(firstTab)), Qt::ISODateWithMs);
    const QByteArrayView stream = record.sliced(firstTab + 1, secondTab);
    if (!line.time.isValid() || (stream != "stdout" && stream != "stderr"))
        return std::nullopt;
    line.stream = stream == "stderr" ? Stream::Stderr : Stream::Stdout;
    line.text = QString::fromUtf8(record.sliced(firstTab + secondTab + 2));
    return line;
}

} // namespace ps
