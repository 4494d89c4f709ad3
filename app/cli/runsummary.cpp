#include "runsummary.h"

#include "runsnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps {

QJsonObject RunSummary::json(const QString &runId, const RunSnapshot &s)
{
    QJsonArray tasks;
    for (const RunNode &n : s.nodes)
        tasks.append(QJsonObject{{QStringLiteral("name"), n.id}, {QStringLiteral("phase"), toString(n.phase)},
                                 {QStringLiteral("message"), n.message}});
    return QJsonObject{{QStringLiteral("run"), runId}, {QStringLiteral("phase"), toString(s.phase)}, {QStringLiteral("tasks"), tasks}};
}

void RunSummary::write(const QJsonObject &object)
{
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace ps
