#include "metricstargetfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MetricsTargetFile)
};

} // namespace

MetricsTargetFile::~MetricsTargetFile() { remove(); }

void MetricsTargetFile::removeStale(const QString &directory)
{
    static const QRegularExpression name(QStringLiteral("^engine-(\\d+)\\.json$"));
    const QDir dir(directory);
    for (const QString &file : dir.entryList({QStringLiteral("engine-*.json")}, QDir::Files)) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch() && !QFile::exists(QStringLiteral("/proc/%1").arg(m.captured(1))))
            QFile::remove(dir.filePath(file));
    }
}

QString MetricsTargetFile::publish(const QString &directory, quint16 port)
{
    if (!QDir().mkpath(directory))
        return Tr::tr("Cannot create the folder %1 for Prometheus' targets.").arg(QDir::toNativeSeparators(directory));
    removeStale(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("engine-%1.json").arg(QCoreApplication::applicationPid()));
    const QJsonArray targets{QJsonObject{
        {QStringLiteral("targets"), QJsonArray{QStringLiteral("127.0.0.1:%1").arg(port)}},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("engine"), QStringLiteral("local")}}}}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(targets).toJson()) < 0 || !file.commit())
        return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (!m_path.isEmpty() && m_path != path)
        remove();
    m_path = path;
    return {};
}

void MetricsTargetFile::remove()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
}

} // namespace ps
