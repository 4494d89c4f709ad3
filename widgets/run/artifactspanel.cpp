#include "artifactspanel.h"

#include "artifactcachepath.h"
#include "emptyhint.h"
#include "artifactlistmodel.h"
#include "artifactpreview.h"
#include "artifactpreviewwidget.h"
#include "rowtable.h"
#include "runbackend.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ps {

ArtifactsPanel::ArtifactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArtifactListModel(this))
    , m_list(new QTableView(this))
    , m_preview(new ArtifactPreviewWidget(this))
    , m_scope(new QLabel(this))
    , m_save(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save As…"), this))
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), this))
    , m_coalesce(new QTimer(this))
{
    m_list->setModel(m_model);
    setUpRowTable(m_list);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_save, m_open});
    EmptyHint::attach(m_list, tr("The files and values a run's tasks produce: open a run, then pick a task "
                                 "to see only its outputs and preview them below."));
    m_open->setToolTip(tr("Open with the system's default application"));
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_scope);
    bar->addSeparator();
    bar->addActions({m_save, m_open});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &ArtifactsPanel::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArtifactsPanel::selectionChanged);
    connect(m_save, &QAction::triggered, this, [this] {
        const ArtifactInfo a = selected();
        if (a.name.isEmpty())
            return;
        const QString path = a.directory ? QFileDialog::getExistingDirectory(this, tr("Save Artifact Into"))
                                         : QFileDialog::getSaveFileName(this, tr("Save Artifact"), QDir::home().filePath(ArtifactCachePath::fileName(a)));
        if (!path.isEmpty())
            saveSelectedTo(path);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        const ArtifactInfo a = selected();
        if (!a.name.isEmpty())
            fetch(Purpose::Open, ArtifactCachePath::open(m_cache.path(), a));
    });
    selectionChanged();
    setNode({});
}

void ArtifactsPanel::setRun(RunBackend *backend, const QString &runId)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_runId = runId;
    m_requests.clear();
    m_previewRequest = -1;
    if (backend) {
        connect(backend, &RunBackend::artifactFetched, this, &ArtifactsPanel::fetched);
        connect(backend, &RunBackend::runChanged, this, [this](const QString &id) {
            if (id == m_runId && !m_coalesce->isActive())
                m_coalesce->start();
        });
    }
    m_node.clear();
    refresh();
    setNode({});
}

void ArtifactsPanel::setNode(const QString &nodeId)
{
    m_node = nodeId;
    m_scope->setText(nodeId.isEmpty() ? tr("All tasks") : tr("Task %1").arg(nodeId));
    refresh();
}

void ArtifactsPanel::refresh()
{
    if (!m_backend || m_runId.isEmpty()) {
        m_model->setArtifacts({});
        return;
    }
    QList<ArtifactInfo> list;
    if (m_node.isEmpty()) {
        list = m_backend->artifacts(m_runId);
    } else {
        // A task's artifacts are those of its node and of the nodes under it (iterations, attempts).
        const std::optional<RunSnapshot> s = m_backend->snapshot(m_runId);
        for (const ArtifactInfo &a : m_backend->artifacts(m_runId)) {
            const RunNode *n = s ? s->node(a.nodeId) : nullptr;
            while (n && n->id != m_node)
                n = s->node(n->parentId);
            if (n)
                list.append(a);
        }
    }
    m_model->setArtifacts(list);
    if (!m_list->selectionModel()->currentIndex().isValid() && !list.isEmpty())
        m_list->selectRow(0);
}

ArtifactInfo ArtifactsPanel::selected() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? m_model->artifactAt(current.row()) : ArtifactInfo();
}

void ArtifactsPanel::selectionChanged()
{
    const ArtifactInfo a = selected();
    m_save->setEnabled(!a.name.isEmpty());
    m_open->setEnabled(!a.name.isEmpty());
    if (a.name.isEmpty()) {
        m_preview->showMessage(m_model->rowCount() == 0 ? tr("No artifacts here yet.") : tr("Select an artifact to preview it."));
        return;
    }
    m_preview->showMessage(tr("Loading %1…").arg(a.name));
    // A file on this machine is previewed where it is: no copy of a big artifact.
    if (QFileInfo::exists(a.uri) && QFileInfo(a.uri).isAbsolute()) {
        m_previewRequest = --m_localPreview;
        startPreview(a.uri, a, m_previewRequest);
        return;
    }
    fetch(Purpose::Preview, ArtifactCachePath::preview(m_cache.path(), a));
}

void ArtifactsPanel::saveSelectedTo(const QString &path) { fetch(Purpose::Save, path); }

void ArtifactsPanel::fetch(Purpose purpose, const QString &target)
{
    const ArtifactInfo a = selected();
    if (!m_backend || a.name.isEmpty())
        return;
    QDir().mkpath(QFileInfo(target).path());
    const int id = m_backend->fetchArtifact(m_runId, a, target);
    m_requests.insert(id, purpose);
    if (purpose == Purpose::Preview)
        m_previewRequest = id;
}

void ArtifactsPanel::fetched(int requestId, const QString &path, const QString &error)
{
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.cend())
        return;
    const Purpose purpose = *it;
    m_requests.erase(it);
    if (purpose == Purpose::Save) {
        emit saved(path, error);
        return;
    }
    if (purpose == Purpose::Open) {
        if (error.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    if (requestId != m_previewRequest)
        return;   // the user has moved on to another artifact
    if (!error.isEmpty()) {
        m_preview->showMessage(tr("The artifact could not be fetched: %1").arg(error));
        emit previewShown();
        return;
    }
    startPreview(path, selected(), requestId);
}

void ArtifactsPanel::startPreview(const QString &path, const ArtifactInfo &info, int requestId)
{
    // Reading and parsing can take a while for big files: off the GUI thread.
    auto *watcher = new QFutureWatcher<ArtifactPreview>(this);
    connect(watcher, &QFutureWatcher<ArtifactPreview>::finished, this, [this, watcher, requestId] {
        watcher->deleteLater();
        if (requestId != m_previewRequest)
            return;
        m_preview->showPreview(watcher->result());
        emit previewShown();
    });
    watcher->setFuture(QtConcurrent::run([path, info] { return ArtifactPreview::load(path, info); }));
}

} // namespace ps
