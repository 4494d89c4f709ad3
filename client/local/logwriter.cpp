#include "logwriter.h"

#include <QCoreApplication>

#include <cerrno>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LogWriter)
};

} // namespace

LogWriter::LogWriter(const QString &path, QStringList secrets) : m_file(path), m_secrets(std::move(secrets))
{
    m_secrets.removeAll(QString());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_error = Tr::tr("cannot write the log %1: %2").arg(path, m_file.errorString());
}

LogLines LogWriter::append(LogLine::Stream stream, const QByteArray &bytes)
{
    m_pending[int(stream)] += bytes;
    return take(stream, false);
}

LogLines LogWriter::flush()
{
    LogLines lines = take(LogLine::Stream::Stdout, true);
    lines += take(LogLine::Stream::Stderr, true);
    return lines;
}

LogLines LogWriter::take(LogLine::Stream stream, bool all)
{
    QByteArray &pending = m_pending[int(stream)];
    LogLines lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype start = 0;
    while (start < pending.size()) {
        qsizetype end = pending.indexOf('\n', start);
        if (end < 0 && pending.size() - start < kMaxLine && !all)
            break;
        const qsizetype stop = end < 0 ? std::min(pending.size(), start + kMaxLine) : std::min(end, start + kMaxLine);
        QString text = QString::fromUtf8(QByteArrayView(pending).sliced(start, stop - start));
        if (text.endsWith(u'\r'))
            text.chop(1);
        for (const QString &secret : std::as_const(m_secrets))
            text.replace(secret, QStringLiteral("***"));
        lines.append({now, stream, text});
        start = (end >= 0 && stop == end) ? end + 1 : stop;
    }
    pending.remove(0, start);
    write(lines);
    return lines;
}

void LogWriter::write(const LogLines &lines)
{
    if (!m_file.isOpen() || lines.isEmpty())
        return;
    const QByteArray block = LogLine::toRecords(lines);
    errno = 0;
    if (m_file.write(block) != block.size() || !m_file.flush()) {
        // The system's reason (a full disk, a file size limit), which QFile may only call unknown.
        const int code = errno;
        m_error = Tr::tr("cannot write the log %1: %2").arg(m_file.fileName(), code ? qt_error_string(code) : m_file.errorString());
        m_file.close();
    }
}

} // namespace ps
