#include "usagestore.h"

#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UsageStore)
};

constexpr qint64 kMaxFileBytes = qint64(64) << 20;

} // namespace

QString UsageStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pipeline-studio/usage");
}

QString UsageStore::pathOf(const QString &backendName, const QString &runId) const
{
    return QDir(m_dir).filePath(SafeFileName::of(backendName) + u'/' + SafeFileName::of(runId) + QStringLiteral(".json"));
}

QHash<QString, UsageSummary> UsageStore::load(const QString &backendName, const QString &runId) const
{
    QHash<QString, UsageSummary> usage;
    QFile file(pathOf(backendName, runId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return usage;
    const QJsonObject nodes = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
        if (const std::optional<UsageSummary> u = UsageSummary::fromJson(it.value().toObject()))
            usage.insert(it.key(), *u);
    return usage;
}

QString UsageStore::save(const QString &backendName, const QString &runId, const QHash<QString, UsageSummary> &usage) const
{
    QHash<QString, UsageSummary> all = load(backendName, runId);
    for (auto it = usage.cbegin(); it != usage.cend(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject nodes;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        nodes.insert(it.key(), it.value().toJson());
    const QString path = pathOf(backendName, runId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot keep the usage of run %1 in %2: %3").arg(runId, path, file.errorString());
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("backend"), backendName},
                                         {QStringLiteral("run"), runId},
                                         {QStringLiteral("nodes"), nodes}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Tr::tr("cannot keep the usage of run %1 in %2: %3").arg(runId, path, file.errorString());
    return {};
}

void UsageStore::remove(const QString &backendName, const QString &runId) const
{
    QFile::remove(pathOf(backendName, runId));
}

int UsageStore::fill(const QString &backendName, RunSnapshot &run) const
{
    const QHash<QString, UsageSummary> kept = load(backendName, run.id);
    int filled = 0;
    if (kept.isEmpty())
        return filled;
    for (RunNode &n : run.nodes) {
        if (n.usage)
            continue;
        const auto it = kept.constFind(n.id);
        if (it != kept.cend()) {
            n.usage = *it;
            ++filled;
        }
    }
    return filled;
}

} // namespace ps
