#include "runspanel.h"

#include "emptyhint.h"
#include "rowtable.h"
#include "runbackend.h"
#include "runsfiltermodel.h"
#include "runsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ps {

RunsPanel::RunsPanel(RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_filter(new RunsFilterModel(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), this))
    , m_cancel(new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel"), this))
    , m_retry(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Retry Failed Tasks"), this))
    , m_clone(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Clone…"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"), this))
    , m_suspend(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Suspend"), this))
    , m_resume(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume"), this))
    , m_stop(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this))
    , m_clock(new QTimer(this))
{
    m_filter->setSourceModel(runs);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunsModel::StartedColumn, Qt::DescendingOrder);
    setUpRowTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(RunsModel::NameColumn, 200);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    EmptyHint::attach(m_table, tr("No runs yet. Every run of the open pipelines appears here, live: "
                                  "start one with Run ▸ Run Pipeline… (F5)."));
    m_suspend->setToolTip(tr("Hold the run where it is (Argo)"));
    m_resume->setToolTip(tr("Let a suspended run go on (Argo)"));
    m_stop->setToolTip(tr("End the run, letting its exit handler run (Argo); Cancel ends it at once"));
    m_table->addActions({m_open, m_cancel, m_suspend, m_resume, m_stop, m_retry, m_clone, m_delete});

    m_name->setPlaceholderText(tr("Filter by name"));
    m_name->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), QVariant());
    m_status->addItem(tr("Active"), QVariantList{int(RunPhase::Pending), int(RunPhase::Running)});
    m_status->addItem(tr("Succeeded"), QVariantList{int(RunPhase::Succeeded)});
    m_status->addItem(tr("Failed"), QVariantList{int(RunPhase::Failed), int(RunPhase::Error)});

    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_open, m_cancel, m_suspend, m_resume, m_stop, m_retry, m_clone, m_delete});
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_name, 1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);

    connect(m_name, &QLineEdit::textChanged, m_filter, &RunsFilterModel::setNameFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunsPanel::statusChosen);
    connect(m_table, &QTableView::doubleClicked, this, &RunsPanel::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPanel::updateActions);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &RunsPanel::updateActions);
    connect(m_open, &QAction::triggered, this, &RunsPanel::openCurrent);
    connect(m_suspend, &QAction::triggered, this, [this] { actOnCurrent(tr("Suspend"), &RunBackend::suspend); });
    connect(m_resume, &QAction::triggered, this, [this] { actOnCurrent(tr("Resume"), &RunBackend::resume); });
    connect(m_stop, &QAction::triggered, this, [this] { actOnCurrent(tr("Stop"), &RunBackend::stop); });
    connect(m_cancel, &QAction::triggered, this, &RunsPanel::cancelCurrent);
    connect(m_retry, &QAction::triggered, this, &RunsPanel::retryCurrent);
    connect(m_delete, &QAction::triggered, this, &RunsPanel::deleteCurrent);
    connect(m_clone, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0)
            emit cloneRequested(m_runs->backendAt(row), m_runs->runIdAt(row));
    });
    connect(m_clock, &QTimer::timeout, m_runs, &RunsModel::refreshDurations);
    m_clock->start(1000);
    updateActions();
}

int RunsPanel::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void RunsPanel::updateActions()
{
    const int row = currentSourceRow();
    const bool any = row >= 0;
    const RunPhase phase = m_runs->phaseAt(row);
    m_open->setEnabled(any);
    m_clone->setEnabled(any);
    m_cancel->setEnabled(any && !isFinished(phase));
    m_retry->setEnabled(any && (phase == RunPhase::Failed || phase == RunPhase::Error));
    m_delete->setEnabled(any && isFinished(phase));
    // Only where the run's engine has them (Argo), and only while it runs.
    const RunBackend *backend = m_runs->backendAt(row);
    const bool pausable = backend && backend->canSuspend();
    for (QAction *action : {m_suspend, m_resume, m_stop}) {
        action->setVisible(pausable);
        action->setEnabled(pausable && !isFinished(phase));
    }
}

void RunsPanel::statusChosen()
{
    QSet<int> phases;
    for (const QVariant &v : m_status->currentData().toList())
        phases.insert(v.toInt());
    m_filter->setPhases(phases);
}

void RunsPanel::selectRun(const RunBackend *backend, const QString &runId)
{
    const int row = m_runs->rowOf(backend, runId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_runs->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void RunsPanel::openCurrent()
{
    const int row = currentSourceRow();
    if (row >= 0)
        emit runOpened(m_runs->backendAt(row), m_runs->runIdAt(row));
}

void RunsPanel::report(const QString &action, RunBackend *backend, const QString &runId, const QString &error)
{
    // Refused at once; an answer that comes later shows on the row through the runs model
    // and in the notifications.
    if (error.isEmpty())
        return;
    m_runs->noteRefused(backend, runId, error);
    emit refused(tr("%1 failed: %2").arg(action, error));
}

void RunsPanel::cancelCurrent()
{
    const int row = currentSourceRow();
    if (RunBackend *b = m_runs->backendAt(row))
        report(tr("Cancel"), b, m_runs->runIdAt(row), b->cancel(m_runs->runIdAt(row)).error);
}

void RunsPanel::actOnCurrent(const QString &what, BackendResult<bool> (RunBackend::*action)(const QString &))
{
    const int row = currentSourceRow();
    if (RunBackend *b = m_runs->backendAt(row))
        report(what, b, m_runs->runIdAt(row), (b->*action)(m_runs->runIdAt(row)).error);
}

void RunsPanel::retryCurrent()
{
    const int row = currentSourceRow();
    if (RunBackend *b = m_runs->backendAt(row))
        report(tr("Retry"), b, m_runs->runIdAt(row), b->retry(m_runs->runIdAt(row)).error);
}

void RunsPanel::deleteCurrent()
{
    const int row = currentSourceRow();
    RunBackend *b = m_runs->backendAt(row);
    if (!b)
        return;
    const QString id = m_runs->runIdAt(row);
    const auto answer = QMessageBox::question(this, tr("Delete Run"),
                                              tr("Delete run “%1” with its logs and artifacts from %2?").arg(id, b->name()));
    if (answer == QMessageBox::Yes)
        deleteRun(b, id);
}

void RunsPanel::deleteRun(RunBackend *backend, const QString &runId)
{
    report(tr("Delete"), backend, runId, backend->removeRun(runId).error);
}

} // namespace ps
