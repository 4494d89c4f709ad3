#include "rundirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RunDirectory)
};

} // namespace

QString RunDirectory::fileName(const QString &nodeId)
{
    QString s = nodeId;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._()#-]"));
    return s.replace(unsafe, QStringLiteral("_"));
}

QString RunDirectory::logPath(const QString &runDir, const QString &nodeId)
{
    return runDir + QStringLiteral("/logs/") + fileName(nodeId) + QStringLiteral(".log");
}

QString RunDirectory::nodeDir(const QString &runDir, const QString &nodeId) { return runDir + QStringLiteral("/nodes/") + fileName(nodeId); }
QString RunDirectory::snapshotPath(const QString &runDir) { return runDir + QStringLiteral("/run.json"); }
QString RunDirectory::pipelinePath(const QString &runDir) { return runDir + QStringLiteral("/pipeline.pstudio.yaml"); }

QString RunDirectory::save(const QString &runDir, const RunSnapshot &snapshot)
{
    QSaveFile f(snapshotPath(runDir));
    if (!f.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString());
    f.write(QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString());
    return {};
}

std::optional<RunSnapshot> RunDirectory::load(const QString &runDir, QString *error)
{
    QFile f(snapshotPath(runDir));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 << 20), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("%1 is not valid JSON: %2").arg(f.fileName(), parseError.errorString());
        return std::nullopt;
    }
    return RunSnapshot::fromJson(doc.object(), error);
}

} // namespace ps
