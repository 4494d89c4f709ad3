#include "mainwindow.h"

#include "canvasactions.h"
#include "canvaskeyboard.h"
#include "keyboardactions.h"
#include "documentfiles.h"
#include "livevalidator.h"
#include "minimapview.h"
#include "palettemodel.h"
#include "palettewidget.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "problemspanel.h"
#include "propertiespanel.h"
#include "insightdocks.h"
#include "monitoringdocks.h"
#include "notificationsbutton.h"
#include "rundocks.h"
#include "artifactspanel.h"
#include "rundetailspanel.h"
#include "logspanel.h"
#include "resourcespanel.h"
#include "taskitem.h"
#include "themeswitcher.h"
#include "welcomepage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ps {
namespace {
// Raised whenever docks are added or renamed.
constexpr int kLayoutVersion = 7;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PipelineDocument(this))
    , m_scene(new PipelineScene(m_document, this))
    , m_view(new PipelineView(m_scene, this))
    , m_centre(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_paletteModel(new PaletteModel(this))
    , m_palette(new PaletteWidget(m_paletteModel, this))
    , m_properties(new PropertiesPanel(m_document, this))
    , m_problems(new ProblemsPanel(this))
    , m_overview(new MiniMapView(m_view, this))
    , m_canvasActions(new CanvasActions(m_document, m_view, this))
    , m_files(new DocumentFiles(m_document, this))
    , m_validator(new LiveValidator(m_document, this))
    , m_breadcrumb(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *canvasPage = new QWidget(this);
    auto *canvasLayout = new QVBoxLayout(canvasPage);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_breadcrumb->setVisible(false);
    m_breadcrumb->setMargin(4);
    canvasLayout->addWidget(m_breadcrumb);
    canvasLayout->addWidget(m_view, 1);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(canvasPage);
    setCentralWidget(m_centre);
    createDocks();
    createMenus();

    m_welcome->setRecentFiles(m_files->recentFiles());
    connect(m_welcome, &WelcomePage::newRequested, m_files->newAction(), &QAction::trigger);
    connect(m_welcome, &WelcomePage::openRequested, m_files->openAction(), &QAction::trigger);
    connect(m_welcome, &WelcomePage::fileRequested, m_files, &DocumentFiles::openFileInBackground);
    connect(m_files, &DocumentFiles::opened, this, [this](const QString &, const FileCheck &check) {
        m_validator->setReadDiagnostics(check.file.diagnostics);
        m_validator->validateNow();
        showCanvas();
        bool unplaced = false;
        for (const Task &task : m_document->pipeline().root.tasks())
            unplaced = unplaced || !task.position;
        if (unplaced)
            m_canvasActions->autoLayout(false);  // fits the view when done
        else
            m_view->fitToView();
    });
    connect(m_files, &DocumentFiles::openFailed, this, [this](const QString &, const Diagnostics &diagnostics) {
        m_problems->setDiagnostics(diagnostics);
    });
    connect(m_files, &DocumentFiles::componentFileOpened, m_paletteModel, &PaletteModel::addFile);
    connect(m_files, &DocumentFiles::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_canvasActions, &CanvasActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_document, &PipelineDocument::documentReset, this, [this] {
        showCanvas();
        m_breadcrumb->setVisible(false);
        m_properties->showSelection(QString(), {});
    });
    connect(m_validator, &LiveValidator::diagnosticsChanged, this, [this](const Diagnostics &diagnostics) {
        m_problems->setDiagnostics(diagnostics);
        m_scene->setProblems(diagnostics);
    });
    connect(m_problems, &ProblemsPanel::taskActivated, this,
            [this](const QString &graph, TaskId id) { selectTask(graph, id.value); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_properties->showSelection(m_scene->graphKey(), m_scene->selectedTaskIds()); });
    connect(m_scene, &PipelineScene::connectionHint, this, [this](const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(tr("Cannot connect: %1").arg(text), 8000);
    });
    connect(m_scene, &PipelineScene::subPipelineOpened, this, [this](const QString &key) {
        m_scene->setGraphKey(key);
        m_breadcrumb->setText(tr("Sub-pipeline %1 — double-click empty canvas or use View ▸ Back to the Pipeline").arg(key));
        m_breadcrumb->setVisible(true);
        m_scene->setProblems(m_validator->diagnostics());
        m_view->fitToView();
    });
    connect(m_view, &PipelineView::dropFailed, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_palette, &PaletteWidget::componentActivated, this, [this](const QByteArray &yaml) {
        showCanvas();
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        m_view->addComponent(yaml, m_scene->freeSpotNear(centre));
        m_view->setFocus(Qt::OtherFocusReason);  // the keyboard goes on with the new task
    });
    connect(m_view->keyboard(), &CanvasKeyboard::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_palette, &PaletteWidget::folderRequested, this, &MainWindow::chooseComponentFolder);
    connect(m_palette, &PaletteWidget::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_document, &PipelineDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PipelineDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PipelineDocument::infoChanged, this, &MainWindow::updateTitle);

    const QSettings settings;
    m_paletteModel->setFolders(settings.value(QStringLiteral("palette/folders")).toStringList());
    m_canvasActions->snapAction()->setChecked(settings.value(QStringLiteral("canvas/snap"), false).toBool());
    // Docks added above may have raised the minimum size on the way; settle it before sizing.
    layout()->invalidate();
    layout()->activate();
    resize(1400, 880);
    // The bottom row's widths once the window has its size: the Problems tab group (Problems,
    // Runs, Schedules, Cluster) wide enough for its tab titles, the logs widest.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("ProblemsDock")), findChild<QDockWidget *>(QStringLiteral("LogsDock")),
                 findChild<QDockWidget *>(QStringLiteral("ArtifactsDock"))},
                {400, 560, 440}, Qt::Horizontal);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // A layout saved before the docks changed would misplace the new ones: keep the default then.
    if (settings.value(QStringLiteral("window/layoutVersion")).toInt() == kLayoutVersion)
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *palette = dock(tr("Palette"), QStringLiteral("PaletteDock"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *overview = dock(tr("Overview"), QStringLiteral("OverviewDock"), m_overview, Qt::LeftDockWidgetArea);
    QDockWidget *properties = dock(tr("Properties"), QStringLiteral("PropertiesDock"), m_properties, Qt::RightDockWidgetArea);
    QDockWidget *problems = dock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    // The bottom row (problems, runs, logs, artifacts, charts) takes the window's full width.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    m_runDocks = new RunDocks(this, m_document);
    connect(m_runDocks, &RunDocks::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    statusBar()->addPermanentWidget(new NotificationsButton(m_runDocks->notifications(), statusBar()));
    m_runDocks->arrange(properties, problems);
    m_monitoringDocks = new MonitoringDocks(this, m_runDocks->monitor());
    m_monitoringDocks->arrange(m_runDocks->dockOf(m_runDocks->artifactsPanel()), problems);
    m_insightDocks = new InsightDocks(this, m_runDocks);
    m_insightDocks->arrange(m_runDocks->dockOf(m_runDocks->logsPanel()), problems);
    m_insightDocks->setProperties(m_properties);
    // Hovering a chart marks that moment in the log.
    connect(m_monitoringDocks->resources(), &ResourcesPanel::timeHovered, m_runDocks->logsPanel(), &LogsPanel::markTime);
    resizeDocks({palette, properties}, {240, 440}, Qt::Horizontal);
    resizeDocks({palette, overview}, {520, 180}, Qt::Vertical);
    resizeDocks({problems}, {250}, Qt::Vertical);
    resizeDocks({properties, m_runDocks->dockOf(m_runDocks->detailsPanel())}, {430, 200}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addMenu(m_files->exportMenu());
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    const CanvasActions *c = m_canvasActions;
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({c->cutAction(), c->copyAction(), c->pasteAction(), c->duplicateAction(), c->deleteAction()});
    edit->addSeparator();
    edit->addAction(c->selectAllAction());
    edit->addSeparator();
    auto *keys = new KeyboardActions(this, m_palette, m_properties, m_view);
    edit->addActions({keys->addTaskAction(), keys->editPropertiesAction(), keys->canvasAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({c->zoomInAction(), c->zoomOutAction(), c->zoomFitAction(), c->zoomResetAction()});
    view->addSeparator();
    view->addActions({c->layoutAction(), c->snapAction()});
    QAction *back = view->addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("&Back to the Pipeline"), this, [this] {
        m_scene->setGraphKey(QString());
        m_breadcrumb->setVisible(false);
        m_scene->setProblems(m_validator->diagnostics());
        m_view->fitToView();
    });
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    view->addSeparator();
    view->addMenu(ThemeSwitcher::instance()->createMenu(this));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *run = m_runMenu = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runDocks->runAction());
    run->addAction(m_runDocks->publishAction());
    connect(run, &QMenu::aboutToShow, m_runDocks, &RunDocks::updateActions);
    run->addSeparator();
    run->addAction(m_insightDocks->compareAction());
    run->addAction(m_insightDocks->searchAction());
    run->addSeparator();
    run->addAction(m_monitoringDocks->settingsAction());
    run->addAction(m_insightDocks->pricesAction());

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    // Text beside the icons of the main actions; the others say theirs in a tooltip.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {undo, redo, c->zoomFitAction()})
        a->setPriority(QAction::LowPriority);
    bar->addActions({m_files->newAction(), m_files->openAction(), m_files->saveAction()});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({c->layoutAction(), c->zoomFitAction()});
    bar->addSeparator();
    bar->addAction(m_runDocks->runAction());
}

bool MainWindow::isShowingWelcome() const
{
    return m_centre->currentWidget() == m_welcome;
}

void MainWindow::showCanvas()
{
    m_centre->setCurrentIndex(1);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? (m_document->pipeline().name.isEmpty() ? tr("Untitled") : m_document->pipeline().name)
                                        : QFileInfo(path).fileName();
    setWindowTitle(tr("%1%2 — Pipeline Studio").arg(name, m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::selectTask(const QString &graph, quint32 taskId)
{
    if (graph != m_scene->graphKey()) {
        if (!graph.isEmpty())
            emit m_scene->subPipelineOpened(graph);
        else
            m_scene->setGraphKey(graph);
    }
    m_scene->selectTasks({TaskId{taskId}});
    if (TaskItem *item = m_scene->taskItem(TaskId{taskId}))
        m_view->centreOn(item->sceneBoundingRect().center());
}

void MainWindow::chooseComponentFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of components"));
    if (folder.isEmpty())
        return;
    QStringList folders = m_paletteModel->folders();
    if (!folders.contains(folder))
        folders.append(folder);
    QSettings().setValue(QStringLiteral("palette/folders"), folders);
    m_paletteModel->setFolders(folders);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("window/layoutVersion"), kLayoutVersion);
    settings.setValue(QStringLiteral("canvas/snap"), m_canvasActions->snapAction()->isChecked());
    event->accept();
}

} // namespace ps
