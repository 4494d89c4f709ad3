#include "runsmodel.h"

#include "phasestyle.h"
#include "phasetext.h"
#include "runbackend.h"
#include "taskrunstate.h"

#include <QIcon>
#include <QLocale>

namespace ps {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void RunsModel::addBackend(RunBackend *backend)
{
    m_backends.append(backend);
    connect(backend, &RunBackend::runAdded, this, [this, backend](const QString &id) { upsert(backend, id); });
    connect(backend, &RunBackend::runChanged, this, [this, backend](const QString &id) { upsert(backend, id); });
    connect(backend, &RunBackend::runRemoved, this, [this, backend](const QString &id) { remove(backend, id); });
    connect(backend, &RunBackend::runsLoaded, this, [this, backend] { loadAll(backend); });
    connect(backend, &RunBackend::actionFinished, this, [this, backend](const ActionOutcome &o) { actionFinished(backend, o); });
    connect(backend, &RunBackend::freshnessChanged, this, [this, backend](const QString &id) { rowChanged(backend, id); });
    connect(backend, &QObject::destroyed, this, [this, backend] {
        beginResetModel();
        m_rows.removeIf([backend](const Row &r) { return r.backend == backend; });
        m_backends.removeIf([](const QPointer<RunBackend> &b) { return b.isNull(); });
        endResetModel();
    });
    loadAll(backend);
    emit backendAdded(backend);
}

void RunsModel::actionFinished(RunBackend *backend, const ActionOutcome &outcome)
{
    if (outcome.request.concernsRun())
        setProblem(backend, outcome.request.target, outcome.error);
}

void RunsModel::noteRefused(RunBackend *backend, const QString &runId, const QString &error) { setProblem(backend, runId, error); }

void RunsModel::setProblem(RunBackend *backend, const QString &runId, const QString &problem)
{
    const int row = rowOf(backend, runId);
    if (row < 0 || m_rows[row].problem == problem)
        return;
    m_rows[row].problem = problem;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunsModel::rowChanged(RunBackend *backend, const QString &runId)
{
    if (const int row = rowOf(backend, runId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString RunsModel::problemAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].problem : QString(); }

QString RunsModel::statusText(const Row &r) const
{
    QString text = PhaseText::title(r.phase);
    const RunBackend::Freshness fresh = r.backend && !isFinished(r.phase) ? r.backend->freshness(r.id) : RunBackend::Freshness::Live;
    if (fresh == RunBackend::Freshness::Reconnecting)
        text = tr("%1 (reconnecting…)", "run status").arg(text);
    else if (fresh == RunBackend::Freshness::Stale)
        text = tr("%1 (stale)", "run status: not current").arg(text);
    if (!r.problem.isEmpty())
        text = tr("%1 — refused: %2", "run status, the server's reason").arg(text, r.problem);
    return text;
}

QList<RunBackend *> RunsModel::backends() const
{
    QList<RunBackend *> list;
    for (const QPointer<RunBackend> &b : m_backends)
        if (b)
            list.append(b);
    return list;
}

RunsModel::Row RunsModel::rowFrom(RunBackend *backend, const RunSnapshot &s)
{
    Row r;
    r.backend = backend;
    r.id = s.id;
    r.name = s.displayName.isEmpty() ? s.id : s.displayName;
    r.pipeline = s.pipelineName;
    r.phase = s.phase;
    r.message = s.message;
    r.created = s.createdAt;
    r.started = s.startedAt.isValid() ? s.startedAt : s.createdAt;
    r.finished = s.finishedAt;
    return r;
}

void RunsModel::loadAll(RunBackend *backend)
{
    for (const RunSnapshot &s : backend->listRuns()) {
        const int row = rowOf(backend, s.id);
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(rowFrom(backend, s));
            endInsertRows();
        } else {
            const QString problem = m_rows[row].problem;
            m_rows[row] = rowFrom(backend, s);
            m_rows[row].problem = problem;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void RunsModel::upsert(RunBackend *backend, const QString &runId)
{
    const std::optional<RunSnapshot> s = backend->snapshot(runId);
    if (!s)
        return;
    const int row = rowOf(backend, runId);
    if (row >= 0) {
        const QString problem = m_rows[row].problem;
        m_rows[row] = rowFrom(backend, *s);
        m_rows[row].problem = problem;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(rowFrom(backend, *s));
    endInsertRows();
}

void RunsModel::remove(RunBackend *backend, const QString &runId)
{
    const int row = rowOf(backend, runId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int RunsModel::rowOf(const RunBackend *backend, const QString &runId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (m_rows[i].backend == backend && m_rows[i].id == runId)
            return i;
    return -1;
}

RunBackend *RunsModel::backendAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].backend : nullptr; }
QString RunsModel::runIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString(); }
RunPhase RunsModel::phaseAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].phase : RunPhase::Pending; }

qint64 RunsModel::durationMs(const Row &row) const
{
    if (!row.started.isValid())
        return -1;
    const QDateTime end = row.finished.isValid() ? row.finished : (isFinished(row.phase) ? row.started : m_now);
    return std::max<qint64>(0, row.started.msecsTo(end));
}

void RunsModel::refreshDurations()
{
    m_now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (!isFinished(m_rows[i].phase))
            emit dataChanged(index(i, DurationColumn), index(i, DurationColumn));
}

int RunsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int RunsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case RunIdRole: return r.id;
    case PhaseRole: return int(r.phase);
    case BackendRole: return QVariant::fromValue<QObject *>(r.backend);
    case FreshnessRole: return int(r.backend ? r.backend->freshness(r.id) : RunBackend::Freshness::Live);
    case ProblemRole: return r.problem;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!r.message.isEmpty())
            lines.append(r.message);
        if (!r.problem.isEmpty())
            lines.append(tr("The last action on this run was refused: %1").arg(r.problem));
        if (r.backend && !isFinished(r.phase) && !r.backend->connectionState().isConnected())
            lines.append(r.backend->connectionState().reason);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        return r.problem.isEmpty() ? QVariant(PhaseStyle::icon(r.phase)) : QVariant(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    case SortRole:
        switch (index.column()) {
        case StartedColumn: return r.started.isValid() ? r.started.toMSecsSinceEpoch() : r.created.toMSecsSinceEpoch();
        case DurationColumn: return durationMs(r);
        case StatusColumn: return int(r.phase);
        default: break;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case PipelineColumn: return r.pipeline;
        case StatusColumn: return statusText(r);
        case StartedColumn: return r.started.isValid() ? QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat) : QString();
        case DurationColumn: {
            const qint64 ms = durationMs(r);
            return ms < 0 ? QString() : TaskRunState::formatDuration(ms);
        }
        case BackendColumn: return r.backend ? r.backend->name() : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Run");
    case PipelineColumn: return tr("Pipeline");
    case StatusColumn: return tr("Status");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case BackendColumn: return tr("Backend");
    }
    return {};
}

} // namespace ps
