#include "runbackend.h"

#include "logstream.h"

#include <QPointer>
#include <QTimer>

namespace ps {

RunBackend::RunBackend(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ps::ActionOutcome>();
    qRegisterMetaType<ps::ConnectionState>();
    qRegisterMetaType<ps::ScheduleInfo>();
    // Connected first, so every other slot of runsLoaded() finds the runs listed.
    connect(this, &RunBackend::runsLoaded, this, [this] { m_listed = true; });
    m_connection.since = QDateTime::currentDateTimeUtc();
}

RunBackend::Freshness RunBackend::freshness(const QString &runId) const
{
    // Asked for every row the Runs table paints: no snapshot copied while all is well.
    if (m_connection.kind == ConnectionState::Kind::Connected && !m_reconnectingStreams.contains(runId))
        return Freshness::Live;
    const std::optional<RunSnapshot> s = snapshot(runId);
    if (!s || ps::isFinished(s->phase))
        return Freshness::Live;
    if (m_connection.kind == ConnectionState::Kind::Refused)
        return Freshness::Stale;
    if (m_connection.kind == ConnectionState::Kind::Reconnecting || m_reconnectingStreams.value(runId) > 0)
        return Freshness::Reconnecting;
    return Freshness::Live;
}

QString RunBackend::scheduleChoiceText(const QString &cron) const
{
    return tr("Create a schedule with cron “%1”").arg(cron);
}

QFuture<BackendResult<QList<ScheduleInfo>>> RunBackend::listSchedules()
{
    return QtFuture::makeReadyFuture(BackendResult<QList<ScheduleInfo>>::failure(tr("%1 has no schedules.").arg(name())));
}

BackendResult<bool> RunBackend::createSchedule(const Pipeline &pipeline, const RunRequest &request)
{
    Q_UNUSED(request)
    return noSchedules(pipeline.name);
}

BackendResult<bool> RunBackend::noSchedules(const QString &scheduleId) const
{
    Q_UNUSED(scheduleId)
    return BackendResult<bool>::failure(tr("%1 has no schedules.").arg(name()));
}

BackendResult<bool> RunBackend::publishTemplate(const Pipeline &pipeline, const QString &templateName)
{
    Q_UNUSED(pipeline)
    Q_UNUSED(templateName)
    return BackendResult<bool>::failure(tr("%1 has no workflow templates.").arg(name()));
}

QFuture<BackendResult<QStringList>> RunBackend::listTemplates()
{
    return QtFuture::makeReadyFuture(BackendResult<QStringList>::failure(tr("%1 has no workflow templates.").arg(name())));
}

void RunBackend::finishAction(const ActionOutcome &outcome) { emit actionFinished(outcome); }

void RunBackend::finishActionLater(const ActionOutcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { emit actionFinished(outcome); });
}

BackendResult<bool> RunBackend::answer(const BackendAction &request, QFuture<BackendResult<QString>> future)
{
    if (future.isFinished() && future.resultCount() > 0 && !future.result().ok())
        return BackendResult<bool>::failure(future.result().error);
    future.then(this, [this, request](const BackendResult<QString> &r) { finishActionLater({request, r.error, r.value, {}}); })
        .onCanceled(this, [this, request] { finishActionLater({request, tr("The request was cancelled."), {}, {}}); });
    return {true, {}};
}

void RunBackend::setConnectionState(ConnectionState::Kind kind, const QString &reason)
{
    if (m_connection.kind == kind && m_connection.reason == reason)
        return;
    const bool kindChanged = m_connection.kind != kind;
    m_connection.kind = kind;
    m_connection.reason = reason;
    if (kindChanged)
        m_connection.since = QDateTime::currentDateTimeUtc();
    emit connectionStateChanged(m_connection);
    if (kindChanged)
        unfinishedRunsChanged();
}

void RunBackend::unfinishedRunsChanged()
{
    for (const RunSnapshot &s : listRuns())
        if (!ps::isFinished(s.phase))
            emit freshnessChanged(s.id);
}

LogStream *RunBackend::tracked(const QString &runId, LogStream *stream)
{
    // The stream counts while it is dropped; a stream deleted while dropped counts no more.
    auto dropped = std::make_shared<bool>(false);
    const auto settle = [this, runId, dropped](bool nowDropped) {
        if (*dropped == nowDropped)
            return;
        *dropped = nowDropped;
        int &count = m_reconnectingStreams[runId];
        count += nowDropped ? 1 : -1;
        if (count <= 0)
            m_reconnectingStreams.remove(runId);
        emit freshnessChanged(runId);
    };
    connect(stream, &LogStream::reconnecting, this, [settle] { settle(true); });
    connect(stream, &LogStream::resumed, this, [settle] { settle(false); });
    connect(stream, &LogStream::finished, this, [settle] { settle(false); });
    connect(stream, &LogStream::failed, this, [settle] { settle(false); });
    connect(stream, &QObject::destroyed, this, [settle] { settle(false); });
    return stream;
}

} // namespace ps
