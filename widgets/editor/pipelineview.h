#pragma once

#include <QGraphicsView>

class QMimeData;

namespace ps {

class CanvasKeyboard;
class PipelineScene;

// The canvas: zoom (wheel, fit, 100%), pan (middle button or space-drag), rubber-band
// selection, and drops of components from the palette (or component files from the
// desktop), which become tasks where they land.
class PipelineView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr const char *kComponentMimeType = "application/x-pipeline-studio-component";

    explicit PipelineView(PipelineScene *scene, QWidget *parent = nullptr);

    PipelineScene *pipelineScene() const { return m_scene; }
    // Arrow keys, Enter and Escape for editing without a mouse.
    CanvasKeyboard *keyboard() const { return m_keyboard; }
    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void fitToView();
    // Fits again whenever the view is resized, until the user zooms or pans (the run graph:
    // its dock appears and settles after the run opens).
    void setKeepFitted(bool keep) { m_keepFitted = keep; }
    void centreOn(const QPointF &scenePos);
    // Adds a component (native component YAML) as a task at a scene position.
    bool addComponent(const QByteArray &componentYaml, QPointF scenePos, QString *error = nullptr);

signals:
    void zoomChanged(qreal zoom);
    void viewportMoved();
    void dropFailed(const QString &message);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool acceptsDrag(const QMimeData *mime) const;
    void zoomChangedTo(qreal zoom);

    PipelineScene *m_scene;
    CanvasKeyboard *m_keyboard;
    bool m_panning = false;
    bool m_spaceHeld = false;
    bool m_fitPending = false;  // asked to fit before the view had its size
    bool m_keepFitted = false;
    bool m_fitted = false;      // shows the whole graph as fitToView left it
    QPoint m_panStart;
};

} // namespace ps
