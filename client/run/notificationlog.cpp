#include "notificationlog.h"

#include "runbackend.h"

#include <QLocale>

namespace ps {

void NotificationLog::watch(RunBackend *backend)
{
    connect(backend, &RunBackend::actionFinished, this, [this, backend](const ActionOutcome &outcome) {
        if (!outcome.ok())
            add(backend->name(), describe(backend->name(), outcome));
    });
    connect(backend, &RunBackend::connectionStateChanged, this,
            [this, backend](const ConnectionState &state) { connectionChanged(backend, state); });
    connect(backend, &QObject::destroyed, this, [this, backend] { m_states.remove(backend); });
    m_states.insert(backend, backend->connectionState().kind);
}

void NotificationLog::connectionChanged(RunBackend *backend, const ConnectionState &state)
{
    // Once per change of state: a watch that retries every second says so once.
    const ConnectionState::Kind before = m_states.value(backend, ConnectionState::Kind::Connected);
    m_states.insert(backend, state.kind);
    if (state.kind == before)
        return;
    if (state.kind == ConnectionState::Kind::Reconnecting)
        add(backend->name(), tr("%1 lost its connection and is reconnecting: %2").arg(backend->name(), state.reason));
    else if (state.kind == ConnectionState::Kind::Refused)
        add(backend->name(), tr("%1 is not reachable; its runs are shown as last known: %2").arg(backend->name(), state.reason));
}

void NotificationLog::add(const QString &source, const QString &text)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{QDateTime::currentDateTimeUtc(), source, text});
    endInsertRows();
    if (m_entries.size() > kMaxEntries) {
        beginRemoveRows({}, kMaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(kMaxEntries);
        endRemoveRows();
    }
    m_unread = std::min(m_unread + 1, kMaxEntries);
    emit unreadChanged(m_unread);
    emit added(text);
}

void NotificationLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    markRead();
}

void NotificationLog::markRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    emit unreadChanged(0);
}

int NotificationLog::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant NotificationLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2").arg(QLocale().toString(e.time.toLocalTime().time(), QLocale::ShortFormat), e.text);
    case Qt::ToolTipRole: return e.source;
    case TimeRole: return e.time;
    case SourceRole: return e.source;
    case TextRole: return e.text;
    default: return {};
    }
}

QString NotificationLog::describe(const QString &backend, const ActionOutcome &o)
{
    using Kind = BackendAction::Kind;
    const QString &t = o.request.target;
    const QString &why = o.error;
    switch (o.request.kind) {
    case Kind::Submit: return tr("%1 did not accept run %2: %3").arg(backend, t, why);
    case Kind::Cancel: return tr("%1 did not cancel run %2: %3").arg(backend, t, why);
    case Kind::Stop: return tr("%1 did not stop run %2: %3").arg(backend, t, why);
    case Kind::Suspend: return tr("%1 did not suspend run %2: %3").arg(backend, t, why);
    case Kind::Resume: return tr("%1 did not resume run %2: %3").arg(backend, t, why);
    case Kind::Retry: return tr("%1 did not retry run %2: %3").arg(backend, t, why);
    case Kind::Resubmit: return tr("%1 did not resubmit run %2: %3").arg(backend, t, why);
    case Kind::Delete: return tr("%1 did not delete run %2: %3").arg(backend, t, why);
    case Kind::CreateSchedule: return tr("%1 did not create the schedule of %2: %3").arg(backend, t, why);
    case Kind::SuspendSchedule: return tr("%1 did not suspend schedule %2: %3").arg(backend, t, why);
    case Kind::ResumeSchedule: return tr("%1 did not resume schedule %2: %3").arg(backend, t, why);
    case Kind::DeleteSchedule: return tr("%1 did not delete schedule %2: %3").arg(backend, t, why);
    case Kind::PublishTemplate: return tr("%1 did not publish template %2: %3").arg(backend, t, why);
    }
    return why;
}

} // namespace ps
