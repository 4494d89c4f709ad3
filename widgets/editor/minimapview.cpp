#include "minimapview.h"

#include "pipelinescene.h"
#include "pipelineview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace ps {

MiniMapView::MiniMapView(PipelineView *canvas, QWidget *parent)
    : QWidget(parent)
    , m_canvas(canvas)
    , m_refitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("OverviewMap"));
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    connect(canvas, &PipelineView::viewportMoved, this, qOverload<>(&QWidget::update));
    m_refitTimer->setSingleShot(true);
    m_refitTimer->setInterval(400);
    connect(m_refitTimer, &QTimer::timeout, this, &MiniMapView::refit);
    connect(canvas->scene(), &QGraphicsScene::changed, m_refitTimer, qOverload<>(&QTimer::start));
}

void MiniMapView::refit()
{
    const QRectF tasks = m_canvas->pipelineScene()->tasksRect();
    m_sceneRect = tasks.adjusted(-40, -40, 40, 40);
    if (tasks.isEmpty() || width() <= 0 || height() <= 0) {
        m_picture = QPixmap();
        update();
        return;
    }
    const QSizeF fitted = m_sceneRect.size().scaled(size(), Qt::KeepAspectRatio);
    m_target = QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    m_picture = QPixmap(fitted.toSize() * devicePixelRatioF());
    m_picture.setDevicePixelRatio(devicePixelRatioF());
    m_picture.fill(palette().color(QPalette::Base));
    QPainter painter(&m_picture);
    m_canvas->scene()->render(&painter, QRectF(QPointF(0, 0), fitted), m_sceneRect);
    update();
}

QPointF MiniMapView::toScene(QPointF widgetPos) const
{
    if (m_target.isEmpty())
        return {};
    const qreal sx = m_sceneRect.width() / m_target.width();
    const qreal sy = m_sceneRect.height() / m_target.height();
    return m_sceneRect.topLeft() + QPointF((widgetPos.x() - m_target.left()) * sx, (widgetPos.y() - m_target.top()) * sy);
}

QRectF MiniMapView::toWidget(const QRectF &sceneRect) const
{
    const qreal sx = m_target.width() / m_sceneRect.width();
    const qreal sy = m_target.height() / m_sceneRect.height();
    return QRectF(m_target.left() + (sceneRect.left() - m_sceneRect.left()) * sx,
                  m_target.top() + (sceneRect.top() - m_sceneRect.top()) * sy, sceneRect.width() * sx, sceneRect.height() * sy);
}

void MiniMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_picture.isNull())
        return;
    painter.drawPixmap(m_target.topLeft(), m_picture);
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    QColor fill = palette().color(QPalette::Highlight);
    painter.setPen(QPen(fill, 1.5));
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.drawRect(toWidget(visible).intersected(QRectF(rect())));
}

void MiniMapView::mousePressEvent(QMouseEvent *event)
{
    m_canvas->centreOn(toScene(event->position()));
}

void MiniMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_canvas->centreOn(toScene(event->position()));
}

void MiniMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_refitTimer->start();
}

} // namespace ps
