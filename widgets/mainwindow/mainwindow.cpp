#include "mainwindow.h"

#include "filecheck.h"
#include "pipelinedocument.h"
#include "problemspanel.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ps {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PipelineDocument(this))
    , m_taskModel(new TaskTableModel(m_document, this))
    , m_taskView(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_problems(new ProblemsPanel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMargin(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_taskView, 1);
    setCentralWidget(central);

    m_taskView->setModel(m_taskModel);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setAlternatingRowColors(true);
    m_taskView->verticalHeader()->hide();
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    m_taskView->setWordWrap(false);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("ProblemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({problemsDock}, {150}, Qt::Vertical);
    connect(m_problems, &ProblemsPanel::taskActivated, this,
            [this](const QString &graph, TaskId id) { selectTask(graph, id.value); });

    createActions();
    connect(m_document, &PipelineDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PipelineDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PipelineDocument::documentReset, this, [this] {
        m_taskView->resizeColumnsToContents();
        showSummary();
    });
    resize(1200, 760);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    showSummary();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->addAction(openAction);
    bar->addAction(undo);
    bar->addAction(redo);
}

bool MainWindow::openFile(const QString &path)
{
    const FileCheck check = FileCheck::run(path);
    m_problems->setDiagnostics(check.diagnostics);
    if (!check.file.readable) {
        statusBar()->showMessage(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const Pipeline pipeline = check.file.asPipeline();
    // Bundled (":/…") and foreign-format files are saved under a new name, never overwritten.
    const bool ownFile = check.file.format == FileFormat::Native && !path.startsWith(u':');
    m_document->reset(pipeline, ownFile ? path : QString());
    statusBar()->showMessage(tr("Opened %1 (%2)").arg(QDir::toNativeSeparators(path), fileFormatName(check.file.format)));
    setWindowFilePath(path);
    updateTitle();
    return true;
}

void MainWindow::showSummary()
{
    const Pipeline &p = m_document->pipeline();
    if (p.root.isEmpty() && p.name.isEmpty()) {
        m_summary->setText(tr("No pipeline is open. Use File ▸ Open to open a pipeline or component file."));
        return;
    }
    QStringList lines;
    lines.append(tr("Pipeline %1 — %n task(s)", nullptr, int(p.root.size())).arg(p.name));
    if (!p.description.trimmed().isEmpty())
        lines.append(p.description.trimmed());
    QStringList params;
    for (const PortSpec &param : p.parameters) {
        params.append(param.hasDefault() ? QStringLiteral("%1: %2 = %3").arg(param.name, param.type.displayName(),
                                                                         param.defaultValue.toVariant().toString())
                                         : QStringLiteral("%1: %2").arg(param.name, param.type.displayName()));
    }
    if (!params.isEmpty())
        lines.append(tr("Parameters: %1").arg(params.join(QStringLiteral(", "))));
    if (p.schedule)
        lines.append(tr("Schedule: %1 (%2)").arg(p.schedule->cron,
                                                 p.schedule->timezone.isEmpty() ? tr("controller time") : p.schedule->timezone));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? (m_document->pipeline().name.isEmpty() ? tr("Untitled") : m_document->pipeline().name)
                                        : QFileInfo(path).fileName();
    setWindowTitle(tr("%1%2 — Pipeline Studio").arg(name, m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open pipeline or component"), QString(),
        tr("Pipelines and components (*.yaml *.yml *.json *.pipeline);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save pipeline"), m_document->filePath(),
                                                      tr("Pipeline Studio files (*.pstudio.yaml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->save(path, &error))
        QMessageBox::warning(this, tr("Save failed"), error);
}

void MainWindow::selectTask(const QString &graph, quint32 taskId)
{
    if (!graph.isEmpty())
        return;
    const qsizetype row = m_document->pipeline().root.indexOf(TaskId{taskId});
    if (row >= 0) {
        m_taskView->selectRow(int(row));
        m_taskView->scrollTo(m_taskModel->index(int(row), 0));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace ps
