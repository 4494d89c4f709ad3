#include "pipelineview.h"

#include "themepalette.h"
#include "canvaskeyboard.h"

#include "addtaskcommand.h"
#include "nodegeometry.h"
#include "pipelinedocument.h"
#include "pipelinefilereader.h"
#include "pipelinescene.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace ps {

namespace {
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kSketchZoom = 0.3;  // below this, the graph is sketched in one batch
} // namespace

PipelineView::PipelineView(PipelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_keyboard(new CanvasKeyboard(this))
{
    setObjectName(QStringLiteral("PipelineView"));
    setAccessibleName(tr("Pipeline canvas"));
    setAccessibleDescription(tr("Arrow keys select tasks; Enter steps into a task's ports"));
    connect(scene->document(), &PipelineDocument::documentReset, m_keyboard, &CanvasKeyboard::reset);
    setRenderHint(QPainter::Antialiasing, false);   // items turn it on where it shows
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

qreal PipelineView::zoom() const
{
    return transform().m11();
}

void PipelineView::setZoom(qreal zoom)
{
    m_fitted = false;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    zoomChangedTo(zoom);
}

void PipelineView::zoomBy(qreal factor)
{
    m_fitted = false;
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    zoomChangedTo(zoom());
}

void PipelineView::fitToView()
{
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    const QRectF rect = m_scene->tasksRect();
    if (rect.isEmpty()) {
        setZoom(1.0);
        return;
    }
    fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);  // a small graph is shown at its natural size, not blown up
    centerOn(rect.center());
    zoomChangedTo(zoom());
    m_fitted = true;
}

void PipelineView::centreOn(const QPointF &scenePos)
{
    centerOn(scenePos);
    emit viewportMoved();
}

bool PipelineView::addComponent(const QByteArray &componentYaml, QPointF scenePos, QString *error)
{
    const LoadedFile file = PipelineFileReader::readBytes(componentYaml, tr("dropped component"));
    if (!file.readable || (file.kind != LoadedFile::Kind::Component && file.format != FileFormat::KfpComponentIr)) {
        if (error)
            *error = tr("The dropped data holds no component.");
        return false;
    }
    if (m_scene->isReadOnly())
        return false;
    QPointF at = scenePos - QPointF(NodeGeometry::kWidth / 2, NodeGeometry::kHeaderHeight / 2);
    if (m_scene->snapToGrid()) {
        const qreal g = NodeGeometry::kGridSize;
        at = QPointF(std::round(at.x() / g) * g, std::round(at.y() / g) * g);
    }
    auto *command = AddTaskCommand::instantiate(m_scene->document(), m_scene->graphKey(), file.component, at);
    const TaskId id = command->taskId();
    m_scene->document()->push(command);
    m_scene->selectTasks({id});
    return true;
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);  // shift+wheel scrolls
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void PipelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_fitted = false;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PipelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_keyboard->handle(event))
        return;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

bool PipelineView::acceptsDrag(const QMimeData *mime) const
{
    if (m_scene->isReadOnly())
        return false;
    if (mime->hasFormat(QString::fromLatin1(kComponentMimeType)))
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.first().isLocalFile();
}

void PipelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPointF at = mapToScene(event->position().toPoint());
    QString error;
    bool ok = false;
    if (mime->hasFormat(QString::fromLatin1(kComponentMimeType))) {
        ok = addComponent(mime->data(QString::fromLatin1(kComponentMimeType)), at, &error);
    } else {
        // A component file dragged from the file manager.
        QFile file(mime->urls().first().toLocalFile());
        if (file.size() < 16 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
            ok = addComponent(file.readAll(), at, &error);
        else
            error = tr("Cannot read %1.").arg(QFileInfo(file).fileName());
    }
    if (ok)
        event->acceptProposedAction();
    else
        emit dropFailed(error);
}

void PipelineView::zoomChangedTo(qreal zoom)
{
    m_scene->setSketchMode(zoom < kSketchZoom);
    emit zoomChanged(zoom);
    emit viewportMoved();
}

void PipelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (hasFocus())
        viewport()->update();  // the focus frame stays at the edges
    emit viewportMoved();
}

void PipelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending || (m_keepFitted && m_fitted))
        fitToView();
}

void PipelineView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    if (!hasFocus())
        return;
    // Keyboard focus is visible: an accent frame inside the canvas.
    QPainter painter(viewport());
    painter.setPen(QPen(ThemePalette::current().colour(ThemePalette::Role::Accent), 2));
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void PipelineView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void PipelineView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

void PipelineView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    // A fit asked for while hidden (a dock shown later) happens once the view is shown.
    if (m_fitPending)
        QMetaObject::invokeMethod(this, &PipelineView::fitToView, Qt::QueuedConnection);
}

void PipelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const ThemePalette &theme = ThemePalette::current();
    painter->fillRect(rect, theme.colour(ThemePalette::Role::Canvas));
    if (zoom() >= 0.5) {
        // A light dot grid, so distances and snapping are visible.
        const qreal g = NodeGeometry::kGridSize * 2;
        painter->setPen(QPen(theme.colour(ThemePalette::Role::CanvasGrid), 0));
        QVector<QPointF> dots;
        for (qreal x = std::floor(rect.left() / g) * g; x < rect.right(); x += g)
            for (qreal y = std::floor(rect.top() / g) * g; y < rect.bottom(); y += g)
                dots.append(QPointF(x, y));
        painter->drawPoints(dots.constData(), int(dots.size()));
    }
    QGraphicsView::drawBackground(painter, rect);  // the scene's edges, or its sketch when far out
}

} // namespace ps
