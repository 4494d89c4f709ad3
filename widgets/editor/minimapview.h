#pragma once

#include <QPixmap>
#include <QRectF>
#include <QWidget>

class QTimer;

namespace ps {

class PipelineView;

// The overview map: a picture of the whole graph, redrawn a moment after edits settle
// (never on every frame), with the canvas' visible area framed on top. Click or drag in
// it to move the canvas there.
class MiniMapView : public QWidget
{
    Q_OBJECT

public:
    explicit MiniMapView(PipelineView *canvas, QWidget *parent = nullptr);

    void refit();
    QSize sizeHint() const override { return QSize(220, 150); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF toScene(QPointF widgetPos) const;
    QRectF toWidget(const QRectF &sceneRect) const;

    PipelineView *m_canvas;
    QTimer *m_refitTimer;
    QPixmap m_picture;
    QRectF m_sceneRect;   // the part of the scene the picture shows
    QRectF m_target;      // where the picture sits in the widget
};

} // namespace ps
