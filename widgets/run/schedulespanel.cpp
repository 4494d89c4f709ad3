#include "schedulespanel.h"

#include "emptyhint.h"
#include "rowtable.h"
#include "runbackend.h"
#include "schedulesmodel.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {

namespace {
constexpr int kRefreshIntervalMs = 60000;
constexpr int kMaxColumnWidth = 260;
}

SchedulesPanel::SchedulesPanel(SchedulesModel *schedules, QWidget *parent)
    : QWidget(parent)
    , m_schedules(schedules)
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), this))
    , m_suspend(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Suspend"), this))
    , m_resume(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume"), this))
    , m_timer(new QTimer(this))
{
    m_table->setModel(schedules);
    setUpRowTable(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_suspend, m_resume});
    EmptyHint::attach(m_table, tr("No schedules. A pipeline with a schedule (Properties ▸ Schedule) can be run "
                                  "as an Argo CronWorkflow or a Kubeflow recurring run; they are listed here."));
    m_suspend->setToolTip(tr("Stop the schedule from starting runs"));
    m_resume->setToolTip(tr("Let the schedule start runs again"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 2, 6, 4);

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_refresh, m_suspend, m_resume});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QAction::triggered, m_schedules, &SchedulesModel::refresh);
    connect(m_suspend, &QAction::triggered, this, [this] { m_schedules->setSuspended(currentRow(), true); });
    connect(m_resume, &QAction::triggered, this, [this] { m_schedules->setSuspended(currentRow(), false); });
    connect(m_schedules, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptBackend = m_schedules->backendAt(currentRow());
        m_keptId = m_schedules->idAt(currentRow());
    });
    connect(m_schedules, &QAbstractItemModel::modelReset, this, [this] {
        selectSchedule(m_keptBackend, m_keptId);
        fitColumns();
        updateActions();
        updateStatus();
    });
    connect(m_schedules, &QAbstractItemModel::dataChanged, this, &SchedulesPanel::updateActions);
    connect(m_schedules, &SchedulesModel::refreshed, this, &SchedulesPanel::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SchedulesPanel::updateActions);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_schedules->isRefreshing())
            m_schedules->refresh();
    });
    m_timer->start(kRefreshIntervalMs);
    updateActions();
    updateStatus();
}

void SchedulesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_schedules->isRefreshing())
        m_schedules->refresh();
}

void SchedulesPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (int column = 0; column < SchedulesModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxColumnWidth));
}

int SchedulesPanel::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SchedulesPanel::selectSchedule(const RunBackend *backend, const QString &id)
{
    const int row = backend ? m_schedules->rowOf(backend, id) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

void SchedulesPanel::updateActions()
{
    const int row = currentRow();
    m_suspend->setEnabled(row >= 0 && !m_schedules->isSuspendedAt(row));
    m_resume->setEnabled(row >= 0 && m_schedules->isSuspendedAt(row));
}

void SchedulesPanel::updateStatus()
{
    QString text;
    if (m_schedules->backends().isEmpty())
        text = tr("No Argo or Kubeflow connection. Schedules appear here once one is added.");
    else if (m_schedules->rowCount() == 0 && !m_schedules->isRefreshing())
        text = tr("No schedules yet. Run a pipeline that has a schedule and choose “Create a CronWorkflow” "
                  "or “Create a recurring run”.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace ps
