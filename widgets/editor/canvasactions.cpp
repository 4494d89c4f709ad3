#include "canvasactions.h"

#include "inserttaskscommand.h"
#include "movetaskscommand.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "removetaskscommand.h"
#include "setbindingcommand.h"
#include "settaskcommand.h"
#include "taskclipboard.h"
#include "taskitem.h"

#include <QAction>
#include <QIcon>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QProgressDialog>
#include <QUndoStack>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

namespace {
// Above this many tasks the layout shows a progress dialog while it runs.
constexpr int kLayoutProgressThreshold = 300;
} // namespace

CanvasActions::CanvasActions(PipelineDocument *document, PipelineView *view, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(view->pipelineScene())
    , m_view(view)
    , m_window(window)
{
    m_delete = make(QStringLiteral("edit-delete"), tr("&Delete"), QKeySequence::Delete);
    m_cut = make(QStringLiteral("edit-cut"), tr("Cu&t"), QKeySequence::Cut);
    m_copy = make(QStringLiteral("edit-copy"), tr("&Copy"), QKeySequence::Copy);
    m_paste = make(QStringLiteral("edit-paste"), tr("&Paste"), QKeySequence::Paste);
    m_duplicate = make(QStringLiteral("edit-duplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_selectAll = make(QStringLiteral("edit-select-all"), tr("Select &All"), QKeySequence::SelectAll);
    m_layout = make(QStringLiteral("format-auto-layout"), tr("Auto-&Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_snap = make(QStringLiteral("view-grid"), tr("&Snap to Grid"), QKeySequence());
    m_zoomIn = make(QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOut = make(QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_zoomFit = make(QStringLiteral("zoom-fit-best"), tr("&Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomReset = make(QStringLiteral("zoom-original"), tr("Actual Si&ze (100%)"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_delete, &QAction::triggered, this, &CanvasActions::deleteSelection);
    connect(m_copy, &QAction::triggered, this, &CanvasActions::copySelection);
    connect(m_paste, &QAction::triggered, this, &CanvasActions::paste);
    connect(m_duplicate, &QAction::triggered, this, &CanvasActions::duplicateSelection);
    m_snap->setCheckable(true);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});

    connect(m_cut, &QAction::triggered, this, [this] {
        copySelection();
        deleteSelection();
    });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        for (QGraphicsItem *item : m_scene->items()) {
            if (item->type() == TaskItem::Type)
                item->setSelected(true);
        }
    });
    connect(m_layout, &QAction::triggered, this, [this] { autoLayout(true); });
    connect(m_snap, &QAction::toggled, m_scene, &PipelineScene::setSnapToGrid);
    connect(m_zoomIn, &QAction::triggered, m_view, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, m_view, [this] { m_view->zoomBy(0.8); });
    connect(m_zoomFit, &QAction::triggered, m_view, &PipelineView::fitToView);
    connect(m_zoomReset, &QAction::triggered, m_view, [this] { m_view->setZoom(1.0); });
    connect(&m_watcher, &QFutureWatcher<GraphLayout::Result>::finished, this, &CanvasActions::applyLayout);
}

QAction *CanvasActions::make(const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

void CanvasActions::deleteSelection()
{
    if (m_scene->isReadOnly())
        return;
    const QList<TaskId> tasks = m_scene->selectedTaskIds();
    const QList<Edge> edges = m_scene->selectedEdges();
    if (tasks.isEmpty() && edges.isEmpty())
        return;
    // Tasks and the edges selected with them go in one undo step.
    m_document->undoStack()->beginMacro(tr("Delete"));
    for (const Edge &edge : edges) {
        if (tasks.contains(edge.to) || tasks.contains(edge.from))
            continue;  // goes with its task
        const Task *to = m_document->pipeline().graph(m_scene->graphKey())->task(edge.to);
        if (!to)
            continue;
        if (!edge.isControl()) {
            m_document->push(SetBindingCommand::disconnect(m_document, m_scene->graphKey(), edge.to, edge.toPort));
        } else {
            Task changed = *to;
            changed.dependencies.removeAll(edge.from);
            if (changed.settings.loop.source.kind == Binding::Kind::TaskOutput && changed.settings.loop.source.task == edge.from)
                changed.settings.loop.source = Binding();
            m_document->push(new SetTaskCommand(m_document, m_scene->graphKey(), changed, tr("Remove dependency")));
        }
    }
    if (!tasks.isEmpty())
        m_document->push(new RemoveTasksCommand(m_document, m_scene->graphKey(), tasks));
    m_document->undoStack()->endMacro();
}

void CanvasActions::copySelection()
{
    const QList<TaskId> tasks = m_scene->selectedTaskIds();
    if (tasks.isEmpty())
        return;
    const QByteArray bytes = TaskClipboard::copy(m_document->pipeline(), m_scene->graphKey(), tasks);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(TaskClipboard::kMimeType), bytes);
    mime->setText(QString::fromUtf8(bytes));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    emit message(tr("Copied %n task(s).", nullptr, int(tasks.size())));
}

void CanvasActions::paste()
{
    if (m_scene->isReadOnly())
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    // Our own format first; plain text is accepted when it is a native pipeline (pasted
    // from a text editor or another program).
    const QByteArray bytes = mime->hasFormat(QString::fromLatin1(TaskClipboard::kMimeType))
                                 ? mime->data(QString::fromLatin1(TaskClipboard::kMimeType))
                                 : mime->text().toUtf8();
    QString error;
    ++m_pasteCount;
    const QPointF offset(40.0 * m_pasteCount, 40.0 * m_pasteCount);
    InsertTasksCommand *command = TaskClipboard::paste(m_document, m_scene->graphKey(), bytes, offset, &error);
    if (!command) {
        emit message(error);
        return;
    }
    const QList<TaskId> ids = command->taskIds();
    m_document->push(command);
    m_scene->selectTasks(ids);
}

void CanvasActions::duplicateSelection()
{
    const QList<TaskId> tasks = m_scene->selectedTaskIds();
    if (tasks.isEmpty() || m_scene->isReadOnly())
        return;
    const QByteArray bytes = TaskClipboard::copy(m_document->pipeline(), m_scene->graphKey(), tasks);
    QString error;
    InsertTasksCommand *command = TaskClipboard::paste(m_document, m_scene->graphKey(), bytes, QPointF(40, 40), &error);
    if (!command)
        return;
    command->setText(tr("Duplicate %n task(s)", nullptr, int(tasks.size())));
    const QList<TaskId> ids = command->taskIds();
    m_document->push(command);
    m_scene->selectTasks(ids);
}

void CanvasActions::autoLayout(bool undoable)
{
    if (m_watcher.isRunning() || m_scene->isReadOnly())
        return;
    const QList<TaskId> selected = undoable ? m_scene->selectedTaskIds() : QList<TaskId>();
    const GraphLayout::Input input = GraphLayout::inputFor(m_document->pipeline(), m_scene->graphKey(),
                                                           selected.size() > 1 ? selected : QList<TaskId>());
    if (input.nodes.isEmpty())
        return;
    m_layoutGraph = m_scene->graphKey();
    m_layoutUndoable = undoable;
    m_layout->setEnabled(false);
    if (input.nodes.size() > kLayoutProgressThreshold) {
        // dot reports no progress; a busy dialog says the work goes on and the window lives.
        auto *progress = new QProgressDialog(tr("Laying out %n tasks…", nullptr, int(input.nodes.size())), QString(), 0, 0, m_window);
        progress->setWindowTitle(tr("Auto-layout"));
        progress->setMinimumDuration(300);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &CanvasActions::layoutFinished, progress, &QProgressDialog::close);
    }
    m_watcher.setFuture(QtConcurrent::run([input] { return GraphLayout::run(input); }));
}

void CanvasActions::applyLayout()
{
    const GraphLayout::Result result = m_watcher.result();
    m_layout->setEnabled(true);
    const Graph *graph = m_document->pipeline().graph(m_layoutGraph);
    if (!result.error.isEmpty() || !graph) {
        emit message(result.error);
        emit layoutFinished();
        return;
    }
    // Tasks deleted while the layout ran are simply left out.
    QHash<TaskId, QPointF> positions;
    for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it) {
        if (graph->task(it.key()))
            positions.insert(it.key(), it.value());
    }
    if (m_layoutUndoable) {
        auto *command = new MoveTasksCommand(m_document, m_layoutGraph, positions);
        command->setText(tr("Auto-layout"));
        m_document->push(command);
    } else {
        const bool wasModified = m_document->isModified();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            m_document->applyMoveTask(m_layoutGraph, it.key(), it.value());
        Q_ASSERT(m_document->isModified() == wasModified);
    }
    if (!m_layoutUndoable)
        m_view->fitToView();
    emit message(tr("Laid out %n task(s).", nullptr, int(positions.size())));
    emit layoutFinished();
}

} // namespace ps
