#pragma once

// The line every benchmark prints: {"bench","metric","value","unit","baseline","ratio"}.
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace psbench {

inline void report(const QString &bench, const QString &metric, double value, const char *unit, double baseline)
{
    const QJsonObject o{{QStringLiteral("bench"), bench},
                        {QStringLiteral("metric"), metric},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), QLatin1String(unit)},
                        {QStringLiteral("baseline"), baseline},
                        {QStringLiteral("ratio"), baseline > 0 ? value / baseline : 0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace psbench
