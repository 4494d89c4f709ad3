#include "runstext.h"

#include "runbackend.h"
#include "runsnapshot.h"
#include "taskrunstate.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

QString isoTime(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

} // namespace

std::optional<RunPhase> RunsText::phaseNamed(const QString &name)
{
    for (RunPhase p : {RunPhase::Pending, RunPhase::Running, RunPhase::Succeeded, RunPhase::Failed, RunPhase::Error})
        if (toString(p).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString RunsText::status(const RunBackend &backend, const RunSnapshot &s)
{
    switch (backend.freshness(s.id)) {
    case RunBackend::Freshness::Reconnecting: return Tr::tr("%1 (reconnecting…)").arg(toString(s.phase));
    case RunBackend::Freshness::Stale: return Tr::tr("%1 (stale)").arg(toString(s.phase));
    case RunBackend::Freshness::Live: break;
    }
    return toString(s.phase);
}

QString RunsText::time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString RunsText::duration(const RunSnapshot &s)
{
    const QDateTime start = s.startedAt.isValid() ? s.startedAt : s.createdAt;
    if (!start.isValid())
        return QStringLiteral("-");
    const QDateTime end = s.finishedAt.isValid() ? s.finishedAt : QDateTime::currentDateTimeUtc();
    return TaskRunState::formatDuration(std::max<qint64>(0, start.msecsTo(end)));
}

QString RunsText::oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 80)
        line = line.left(79) + u'…';
    return line;
}

QJsonObject RunsText::listJson(const RunBackend &backend, const RunSnapshot &s)
{
    QJsonObject o{{QStringLiteral("run"), s.id},
                  {QStringLiteral("name"), s.displayName.isEmpty() ? s.id : s.displayName},
                  {QStringLiteral("pipeline"), s.pipelineName},
                  {QStringLiteral("phase"), toString(s.phase)},
                  {QStringLiteral("message"), s.message},
                  {QStringLiteral("created"), isoTime(s.createdAt)},
                  {QStringLiteral("started"), isoTime(s.startedAt)},
                  {QStringLiteral("finished"), isoTime(s.finishedAt)}};
    if (const RunBackend::Freshness f = backend.freshness(s.id); f != RunBackend::Freshness::Live)
        o.insert(QStringLiteral("freshness"), f == RunBackend::Freshness::Stale ? QStringLiteral("stale") : QStringLiteral("reconnecting"));
    return o;
}

} // namespace ps
