#include "schedulesmodel.h"

#include "runbackend.h"
#include "runsmodel.h"

#include <QHash>
#include <QIcon>
#include <QLocale>

namespace ps {

SchedulesModel::SchedulesModel(RunsModel *runs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
{
}

QList<RunBackend *> SchedulesModel::backends() const
{
    QList<RunBackend *> list;
    for (RunBackend *b : m_runs->backends())
        if (b->hasSchedules())
            list.append(b);
    return list;
}

void SchedulesModel::refresh()
{
    const QList<RunBackend *> current = backends();
    beginResetModel();
    m_rows.removeIf([&current](const Row &r) { return !current.contains(r.backend.data()); });
    endResetModel();
    if (current.isEmpty()) {
        emit refreshed();
        return;
    }
    // A newer refresh supersedes the answers still out; a list that is cancelled (its
    // backend or API client went away mid-request) counts as answered.
    const int gen = ++m_generation;
    m_pending = int(current.size());
    for (RunBackend *b : current) {
        QPointer<RunBackend> backend(b);
        auto done = [this, backend, gen](const BackendResult<QList<ScheduleInfo>> &answer) {
            if (gen != m_generation)
                return;
            if (backend)
                replaceRows(backend, answer);
            listed();
        };
        auto cancelled = [this, gen] {
            if (gen == m_generation)
                listed();
        };
        b->listSchedules().then(this, done).onCanceled(this, cancelled);
    }
}

void SchedulesModel::listed()
{
    if (m_pending > 0 && --m_pending == 0)
        emit refreshed();
}

void SchedulesModel::replaceRows(RunBackend *backend, const BackendResult<QList<ScheduleInfo>> &answer)
{
    if (!answer.ok()) {
        emit failed(tr("The schedules of %1 could not be listed: %2").arg(backend->name(), answer.error));
        return;
    }
    QHash<QString, QString> problems;   // kept across the refresh
    for (const Row &r : std::as_const(m_rows))
        if (r.backend == backend && !r.problem.isEmpty())
            problems.insert(r.info.id, r.problem);
    beginResetModel();
    m_rows.removeIf([backend](const Row &r) { return r.backend == backend; });
    for (const ScheduleInfo &info : answer.value)
        m_rows.append(Row{backend, info, problems.value(info.id)});
    endResetModel();
}

BackendResult<bool> SchedulesModel::create(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request)
{
    if (!backend)
        return BackendResult<bool>::failure(tr("There is no connection to create the schedule on."));
    const BackendResult<bool> accepted = backend->createSchedule(pipeline, request);
    if (accepted.ok())
        answered(backend, {});   // starts following the backend's answers
    return accepted;
}

void SchedulesModel::setSuspended(int row, bool suspended)
{
    act(row, suspended ? BackendAction::Kind::SuspendSchedule : BackendAction::Kind::ResumeSchedule);
}

void SchedulesModel::remove(int row) { act(row, BackendAction::Kind::DeleteSchedule); }

void SchedulesModel::act(int row, BackendAction::Kind kind)
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].backend)
        return;
    RunBackend *backend = m_rows[row].backend;
    const QString id = m_rows[row].info.id;
    const BackendResult<bool> accepted = kind == BackendAction::Kind::SuspendSchedule ? backend->suspendSchedule(id)
                                         : kind == BackendAction::Kind::ResumeSchedule ? backend->resumeSchedule(id)
                                                                                       : backend->deleteSchedule(id);
    if (!accepted.ok()) {
        setProblem(backend, id, accepted.error);
        emit refused(tr("Schedule %1: %2").arg(m_rows[row].info.name, accepted.error));
        return;
    }
    setProblem(backend, id, {});
    answered(backend, {});
}

void SchedulesModel::answered(RunBackend *backend, const ActionOutcome &outcome)
{
    if (!m_heard.contains(backend)) {
        m_heard.insert(backend);
        connect(backend, &RunBackend::actionFinished, this, [this, backend](const ActionOutcome &o) { answered(backend, o); });
        connect(backend, &QObject::destroyed, this, [this, backend] { m_heard.remove(backend); });
    }
    const BackendAction &r = outcome.request;
    using Kind = BackendAction::Kind;
    if (r.kind < Kind::CreateSchedule || r.kind > Kind::DeleteSchedule)
        return;   // not a schedule's (or the empty outcome that only starts following)
    const int at = rowOf(backend, r.target);
    const QString name = at >= 0 ? m_rows[at].info.name : r.target;
    if (!outcome.ok()) {
        // The notifications say it (NotificationLog watches every backend); the row keeps it.
        if (r.kind != Kind::CreateSchedule)
            setProblem(backend, r.target, outcome.error);
        return;
    }
    switch (r.kind) {
    case Kind::CreateSchedule:
        emit message(tr("Schedule %1 created on %2.").arg(outcome.result, backend->name()));
        emit scheduleCreated(backend, outcome.result);
        refresh();
        break;
    case Kind::SuspendSchedule:
    case Kind::ResumeSchedule: {
        const bool suspended = r.kind == Kind::SuspendSchedule;
        if (at >= 0) {
            m_rows[at].info.suspended = suspended;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        emit message(suspended ? tr("Schedule %1 suspended.").arg(name) : tr("Schedule %1 resumed.").arg(name));
        break;
    }
    default:
        if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        }
        emit message(tr("Schedule %1 deleted.").arg(name));
        break;
    }
}

void SchedulesModel::setProblem(RunBackend *backend, const QString &id, const QString &problem)
{
    const int at = rowOf(backend, id);
    if (at < 0 || m_rows[at].problem == problem)
        return;
    m_rows[at].problem = problem;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int SchedulesModel::rowOf(const RunBackend *backend, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].backend == backend && m_rows[i].info.id == id)
            return i;
    return -1;
}

RunBackend *SchedulesModel::backendAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].backend.data() : nullptr; }

QString SchedulesModel::idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].info.id : QString(); }

bool SchedulesModel::isSuspendedAt(int row) const { return row >= 0 && row < m_rows.size() && m_rows[row].info.suspended; }

QString SchedulesModel::problemAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].problem : QString(); }

int SchedulesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SchedulesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SchedulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.info.id;
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !r.problem.isEmpty())
        return r.problem;
    if (role == Qt::DecorationRole && index.column() == StateColumn && !r.problem.isEmpty())
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    if (role == Qt::ToolTipRole && index.column() == LastColumn && !r.info.lastRun.isValid())
        return tr("The server does not say when this schedule last started a run.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.info.name;
    case ScheduleColumn: return r.info.schedule;
    case StateColumn: {
        const QString state = r.info.suspended ? tr("Suspended") : tr("Active");
        return r.problem.isEmpty() ? state : tr("%1 — refused: %2", "schedule state, the server's reason").arg(state, r.problem);
    }
    case LastColumn: return r.info.lastRun.isValid() ? QLocale().toString(r.info.lastRun.toLocalTime(), QLocale::ShortFormat) : tr("—");
    case BackendColumn: return r.backend ? r.backend->name() : QString();
    default: return {};
    }
}

QVariant SchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ScheduleColumn: return tr("Schedule");
    case StateColumn: return tr("State");
    case LastColumn: return tr("Last scheduled");
    case BackendColumn: return tr("Connection");
    default: return {};
    }
}

} // namespace ps
