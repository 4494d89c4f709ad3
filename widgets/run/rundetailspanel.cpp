#include "rundetailspanel.h"

#include "emptyhint.h"
#include "nodedetailsview.h"
#include "runbackend.h"
#include "runnodesmodel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ps {

RunDetailsPanel::RunDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunNodesModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new NodeDetailsView(this))
    , m_coalesce(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RunNodesModel::NameColumn, QHeaderView::Stretch);
    EmptyHint::attach(m_tree, tr("The tasks of the open run, with loop iterations and retries: open a run "
                                 "in the Runs panel or start one with F5."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(150);
    connect(m_coalesce, &QTimer::timeout, this, &RunDetailsPanel::refresh);
    connect(m_clock, &QTimer::timeout, m_model, &RunNodesModel::refreshDurations);
    m_clock->start(1000);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunDetailsPanel::currentChanged);
}

void RunDetailsPanel::setRun(RunBackend *backend, const QString &runId)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_runId = runId;
    m_node.clear();
    m_model->clear();
    if (backend) {
        connect(backend, &RunBackend::runChanged, this, [this](const QString &id) {
            if (id == m_runId && !m_coalesce->isActive())
                m_coalesce->start();
        });
    }
    refresh();
    m_tree->expandToDepth(0);
}

void RunDetailsPanel::refresh()
{
    const std::optional<RunSnapshot> s = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
    if (!s) {
        m_model->clear();
        m_details->showNode({}, {});
        return;
    }
    m_model->setSnapshot(*s);
    m_details->showNode(*s, m_node);
}

void RunDetailsPanel::selectNode(const QString &nodeId)
{
    const QModelIndex index = m_model->indexOf(nodeId);
    if (!index.isValid())
        return;
    m_selecting = true;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_selecting = false;
    m_node = nodeId;
    m_details->showNode(m_model->snapshot(), m_node);
}

void RunDetailsPanel::currentChanged()
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    m_node = current.data(RunNodesModel::NodeIdRole).toString();
    m_details->showNode(m_model->snapshot(), m_node);
    if (!m_selecting)
        emit nodeSelected(m_node);
}

} // namespace ps
