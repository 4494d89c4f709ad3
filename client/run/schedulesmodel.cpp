#include "schedulesmodel.h"

#include "argobackend.h"
#include "kfpbackend.h"
#include "runsmodel.h"

#include <QJsonArray>
#include <QLocale>

namespace ps {

namespace {
QString s(const char *t) { return QString::fromLatin1(t); }
}

SchedulesModel::SchedulesModel(RunsModel *runs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
{
}

bool SchedulesModel::hasSchedules(const RunBackend *backend)
{
    return qobject_cast<const ArgoBackend *>(backend) || qobject_cast<const KfpBackend *>(backend);
}

QList<RunBackend *> SchedulesModel::backends() const
{
    QList<RunBackend *> list;
    for (RunBackend *b : m_runs->backends())
        if (hasSchedules(b))
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
        auto done = [this, backend, gen](const BackendResult<QList<QJsonObject>> &listed) {
            if (gen != m_generation)
                return;
            if (backend)
                replaceRows(backend, listed);
            answered();
        };
        auto cancelled = [this, gen] {
            if (gen == m_generation)
                answered();
        };
        QFuture<BackendResult<QList<QJsonObject>>> listed;
        if (auto *argo = qobject_cast<ArgoBackend *>(b))
            listed = argo->listCronWorkflows();
        else
            listed = qobject_cast<KfpBackend *>(b)->listRecurringRuns();
        listed.then(this, done).onCanceled(this, cancelled);
    }
}

void SchedulesModel::answered()
{
    if (m_pending > 0 && --m_pending == 0)
        emit refreshed();
}

void SchedulesModel::replaceRows(RunBackend *backend, const BackendResult<QList<QJsonObject>> &listed)
{
    if (!listed.ok()) {
        emit message(tr("The schedules of %1 could not be listed: %2").arg(backend->name(), listed.error));
        return;
    }
    const bool argo = qobject_cast<ArgoBackend *>(backend);
    beginResetModel();
    m_rows.removeIf([backend](const Row &r) { return r.backend == backend; });
    for (const QJsonObject &item : listed.value) {
        Row row = argo ? fromCronWorkflow(item) : fromRecurringRun(item);
        row.backend = backend;
        m_rows.append(row);
    }
    endResetModel();
}

SchedulesModel::Row SchedulesModel::fromCronWorkflow(const QJsonObject &cron)
{
    const QJsonObject spec = cron.value(s("spec")).toObject();
    Row row;
    row.id = cron.value(s("metadata")).toObject().value(s("name")).toString();
    row.name = row.id;
    QStringList schedules;
    for (const QJsonValue &v : spec.value(s("schedules")).toArray())
        schedules.append(v.toString());
    if (schedules.isEmpty() && spec.contains(s("schedule")))
        schedules.append(spec.value(s("schedule")).toString());
    row.schedule = schedules.join(s(", "));
    const QString zone = spec.value(s("timezone")).toString();
    if (!zone.isEmpty())
        row.schedule += s(" (%1)").arg(zone);
    row.suspended = spec.value(s("suspend")).toBool();
    row.last = QDateTime::fromString(cron.value(s("status")).toObject().value(s("lastScheduledTime")).toString(), Qt::ISODate);
    return row;
}

SchedulesModel::Row SchedulesModel::fromRecurringRun(const QJsonObject &run)
{
    Row row;
    row.id = run.value(s("recurring_run_id")).toString();
    row.name = run.value(s("display_name")).toString();
    if (row.name.isEmpty())
        row.name = row.id;
    row.schedule = run.value(s("trigger")).toObject().value(s("cron_schedule")).toObject().value(s("cron")).toString();
    const QString status = run.value(s("status")).toString();
    row.suspended = status.isEmpty() ? run.value(s("mode")).toString() == s("DISABLE") : status == s("DISABLED");
    return row;   // KFP does not say when a recurring run last fired
}

QFuture<BackendResult<QString>> SchedulesModel::create(RunBackend *backend, const Pipeline &pipeline, const RunRequest &request)
{
    QFuture<BackendResult<QString>> made;
    if (auto *argo = qobject_cast<ArgoBackend *>(backend))
        made = argo->createCronWorkflow(pipeline, request);
    else if (auto *kfp = qobject_cast<KfpBackend *>(backend))
        made = kfp->createRecurringRun(pipeline, request);
    else
        return QtFuture::makeReadyFuture(BackendResult<QString>::failure(tr("%1 has no schedules.").arg(backend ? backend->name() : QString())));
    return made.then(this, [this](const BackendResult<QString> &result) {
        if (result.ok())
            refresh();
        return result;
    });
}

void SchedulesModel::setSuspended(int row, bool suspended)
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].backend)
        return;
    RunBackend *backend = m_rows[row].backend;
    const QString id = m_rows[row].id;
    QFuture<BackendResult<bool>> answer;
    if (auto *argo = qobject_cast<ArgoBackend *>(backend))
        answer = argo->setCronWorkflowSuspended(id, suspended);
    else
        answer = qobject_cast<KfpBackend *>(backend)->setRecurringRunEnabled(id, !suspended);
    QPointer<RunBackend> guard(backend);
    answer.then(this, [this, guard, id, suspended](const BackendResult<bool> &result) {
        const int at = guard ? rowOf(guard, id) : -1;
        const QString name = at >= 0 ? m_rows[at].name : id;
        if (!result.ok()) {
            emit message(suspended ? tr("Schedule %1 was not suspended: %2").arg(name, result.error)
                                   : tr("Schedule %1 was not resumed: %2").arg(name, result.error));
            return;
        }
        if (at >= 0) {
            m_rows[at].suspended = suspended;
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        emit message(suspended ? tr("Schedule %1 suspended.").arg(name) : tr("Schedule %1 resumed.").arg(name));
    });
}

int SchedulesModel::rowOf(const RunBackend *backend, const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].backend == backend && m_rows[i].id == id)
            return i;
    return -1;
}

RunBackend *SchedulesModel::backendAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].backend.data() : nullptr; }

QString SchedulesModel::idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString(); }

bool SchedulesModel::isSuspendedAt(int row) const { return row >= 0 && row < m_rows.size() && m_rows[row].suspended; }

int SchedulesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SchedulesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SchedulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == LastColumn && !r.last.isValid())
        return tr("The server does not say when this schedule last started a run.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.name;
    case ScheduleColumn: return r.schedule;
    case StateColumn: return r.suspended ? tr("Suspended") : tr("Active");
    case LastColumn: return r.last.isValid() ? QLocale().toString(r.last.toLocalTime(), QLocale::ShortFormat) : tr("—");
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
