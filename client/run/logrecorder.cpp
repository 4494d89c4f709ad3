#include "logrecorder.h"

#include "logstream.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LogRecorder)
};

QString completeMarker(const QString &path) { return path + QStringLiteral(".complete"); }

} // namespace

LogRecorder::LogRecorder(LogStream *stream, const QString &path, QObject *parent) : QObject(parent), m_file(path)
{
    stream->setParent(this);
    QFile::remove(completeMarker(path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        m_error = Tr::tr("cannot record the log to %1: %2").arg(path, m_file.errorString());
    connect(stream, &LogStream::linesArrived, this, &LogRecorder::write);
    connect(stream, &LogStream::finished, this, &LogRecorder::streamFinished);
    connect(stream, &LogStream::failed, this, &LogRecorder::fail);
}

bool LogRecorder::isComplete(const QString &path)
{
    return QFileInfo::exists(path) && QFileInfo::exists(completeMarker(path));
}

QString LogRecorder::recordingPath(const QString &dir, const QString &backendName, const QString &runId, const QString &nodeId)
{
    return QDir(dir).filePath(SafeFileName::of(backendName) + u'/' + SafeFileName::of(runId) + u'/' + SafeFileName::of(nodeId) + QStringLiteral(".log"));
}

void LogRecorder::write(const LogLines &lines)
{
    if (m_file.isOpen()) {
        const QByteArray block = LogLine::toRecords(lines);
        if (m_file.write(block) != block.size() || !m_file.flush()) {
            m_error = Tr::tr("cannot record the log to %1: %2").arg(m_file.fileName(), m_file.errorString());
            m_file.close();
            emit failed(m_error);
        }
    }
    emit linesRecorded(lines);
}

void LogRecorder::streamFinished()
{
    m_finished = true;
    if (m_file.isOpen()) {
        m_file.close();
        QFile marker(completeMarker(m_file.fileName()));
        if (!marker.open(QIODevice::WriteOnly))
            m_error = Tr::tr("cannot record the log to %1: %2").arg(marker.fileName(), marker.errorString());
    }
    emit finished();
}

void LogRecorder::fail(const QString &error)
{
    m_error = error;
    m_finished = true;
    m_file.close();
    emit failed(error);
}

} // namespace ps
