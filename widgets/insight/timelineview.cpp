#include "timelineview.h"

#include "axisticks.h"
#include "taskrunstate.h"
#include "themepalette.h"
#include "timelinetip.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace ps {

namespace {

constexpr double kMinMsPerPixel = 0.5;
constexpr double kMaxMsPerPixel = 3.6e6;
using Role = ThemePalette::Role;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(kRowHeight);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncing)
            return;
        m_origin = m_rows.firstMs() + qint64(double(value) * m_msPerPixel);
        viewport()->update();
    });
}

void TimelineView::setRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs)
{
    const bool newRun = run.id != m_rows.run().id;
    // Following a live run: when the end was in view, keep it in view.
    const bool atEnd = !newRun && m_fitted && xOf(m_rows.lastMs()) <= viewport()->width() + 2;
    m_now = nowMs;
    m_rows.setRun(run, pipeline, nowMs);
    if (newRun) {
        m_selected.clear();
        m_fitted = false;
    }
    if (!m_fitted || (atEnd && xOf(m_rows.lastMs()) > viewport()->width()))
        fitAll();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::clear()
{
    setRun(RunSnapshot(), std::nullopt, m_now);
}

int TimelineView::barsWidth() const { return std::max(10, viewport()->width() - barsLeft() - 8); }

int TimelineView::xOf(qint64 ms) const
{
    return barsLeft() + int(std::lround(double(ms - m_origin) / m_msPerPixel));
}

void TimelineView::fitAll()
{
    const qint64 span = std::max<qint64>(1000, m_rows.lastMs() - m_rows.firstMs());
    m_msPerPixel = std::clamp(double(span) / double(barsWidth()), kMinMsPerPixel, kMaxMsPerPixel);
    m_origin = m_rows.firstMs();
    m_fitted = true;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    if (anchorX < barsLeft())
        anchorX = barsLeft() + barsWidth() / 2;
    const double anchorMs = double(m_origin) + double(anchorX - barsLeft()) * m_msPerPixel;
    m_msPerPixel = std::clamp(m_msPerPixel / factor, kMinMsPerPixel, kMaxMsPerPixel);
    m_origin = qint64(anchorMs - double(anchorX - barsLeft()) * m_msPerPixel);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::panBy(int dx)
{
    m_origin -= qint64(double(dx) * m_msPerPixel);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    m_syncing = true;
    const int contentWidth = int(std::min(1e9, double(m_rows.lastMs() - m_rows.firstMs()) / m_msPerPixel));
    QScrollBar *h = horizontalScrollBar();
    h->setPageStep(barsWidth());
    h->setRange(std::min(0, int(double(m_origin - m_rows.firstMs()) / m_msPerPixel)),
                std::max(0, contentWidth - barsWidth() / 2));
    h->setValue(int(double(m_origin - m_rows.firstMs()) / m_msPerPixel));
    QScrollBar *v = verticalScrollBar();
    const int visible = viewport()->height() - kHeaderHeight;
    v->setPageStep(visible);
    v->setRange(0, std::max(0, int(m_rows.rows().size()) * kRowHeight - visible));
    m_syncing = false;
}

void TimelineView::scrollContentsBy(int, int) { viewport()->update(); }

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted && m_origin == m_rows.firstMs())
        fitAll();
    updateScrollBars();
}

int TimelineView::firstRow() const { return verticalScrollBar()->value() / kRowHeight; }

int TimelineView::rowAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < m_rows.rows().size() ? row : -1;
}

QRect TimelineView::barRect(int row) const
{
    if (row < 0 || row >= m_rows.rows().size())
        return {};
    const TimelineRows::Row &r = m_rows.rows()[row];
    const qint64 from = r.pendingFrom >= 0 ? r.pendingFrom : r.start;
    if (from < 0 || r.end < 0)
        return {};
    const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
    const int left = std::max(barsLeft(), xOf(from));
    const int right = std::min(viewport()->width(), std::max(xOf(r.end), xOf(from) + 2));
    if (right <= left || y + kRowHeight <= kHeaderHeight || y >= viewport()->height())
        return {};
    return QRect(left, y + 4, right - left, kRowHeight - 8);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const ThemePalette &theme = ThemePalette::current();
    p.fillRect(viewport()->rect(), theme.colour(Role::Base));
    const int first = firstRow();
    const int offset = verticalScrollBar()->value() % kRowHeight;
    p.save();
    p.setClipRect(QRect(0, kHeaderHeight, viewport()->width(), viewport()->height() - kHeaderHeight));
    for (int row = first, y = kHeaderHeight - offset; row < m_rows.rows().size() && y < viewport()->height(); ++row, y += kRowHeight)
        paintRow(p, row, y);
    // Now, on a run still going.
    const bool empty = m_rows.rows().isEmpty();
    if (!empty && (m_rows.run().phase == RunPhase::Running || m_rows.run().phase == RunPhase::Pending)) {
        const int x = xOf(m_now);
        if (x >= barsLeft() && x < viewport()->width()) {
            p.setPen(QPen(theme.colour(Role::Accent), 1, Qt::DashLine));
            p.drawLine(x, kHeaderHeight, x, viewport()->height());
        }
    }
    p.restore();
    p.setPen(theme.colour(Role::Border));
    p.drawLine(barsLeft() - 1, 0, barsLeft() - 1, empty ? kHeaderHeight : viewport()->height()); // none through the message
    paintHeader(p, QRect(0, 0, viewport()->width(), kHeaderHeight));
    if (empty) {
        p.setPen(theme.colour(Role::SecondaryText));
        p.drawText(viewport()->rect().adjusted(8, kHeaderHeight, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   m_rows.run().id.isEmpty() ? tr("No run open. Open one in the Runs panel to see where its time went.")
                                             : tr("No task of this run has started yet."));
    }
}

void TimelineView::paintHeader(QPainter &p, const QRect &area) const
{
    const ThemePalette &theme = ThemePalette::current();
    p.fillRect(area, theme.colour(Role::Window));
    p.setPen(theme.colour(Role::Border));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.setPen(theme.colour(Role::Text));
    p.drawText(QRect(6, 0, barsLeft() - 12, area.height()), Qt::AlignVCenter | Qt::AlignLeft, tr("Task"));
    // Ticks in time since the run began.
    const double start = double(m_origin - m_rows.firstMs()) / 1000.0;
    const double end = start + double(barsWidth()) * m_msPerPixel / 1000.0;
    const int maxTicks = std::max(2, barsWidth() / 90);
    p.setClipRect(QRect(barsLeft(), 0, area.width() - barsLeft(), area.height()));
    for (double t : AxisTicks::times(std::max(0.0, start), end, maxTicks)) {
        const int x = xOf(m_rows.firstMs() + qint64(t * 1000.0));
        p.setPen(theme.colour(Role::Border));
        p.drawLine(x, area.bottom() - 5, x, area.bottom());
        p.setPen(theme.colour(Role::SecondaryText));
        p.drawText(QRect(x + 3, 0, 120, area.height() - 2), Qt::AlignVCenter | Qt::AlignLeft,
                   TaskRunState::formatDuration(qint64(t * 1000.0)));
    }
    p.setClipping(false);
}

void TimelineView::paintRow(QPainter &p, int row, int y) const
{
    const TimelineRows::Row &r = m_rows.rows()[row];
    const ThemePalette &theme = ThemePalette::current();
    const QRect line(0, y, viewport()->width(), kRowHeight);
    const bool selected = r.nodeId == m_selected;
    const QColor text = selected ? theme.colour(Role::AccentText) : theme.colour(Role::Text);
    if (selected)
        p.fillRect(QRect(0, y, barsLeft() - 1, kRowHeight), theme.colour(Role::Accent));
    else if (row % 2)
        p.fillRect(line, theme.colour(Role::Canvas));
    if (selected) // the bars stay readable on a selected row: a frame, not a fill
        p.fillRect(QRect(barsLeft(), y + kRowHeight - 2, viewport()->width() - barsLeft(), 2), theme.colour(Role::Accent));
    // Label: indent, arrow, name.
    const int indent = 4 + r.depth * kIndent;
    p.setPen(text);
    if (r.hasChildren) {
        const QPointF c(indent + 5, y + kRowHeight / 2.0);
        QPolygonF arrow = r.expanded ? QPolygonF{{c.x() - 4, c.y() - 2}, {c.x() + 4, c.y() - 2}, {c.x(), c.y() + 3}}
                                     : QPolygonF{{c.x() - 2, c.y() - 4}, {c.x() + 3, c.y()}, {c.x() - 2, c.y() + 4}};
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(text);
        p.setPen(Qt::NoPen);
        p.drawPolygon(arrow);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(text);
    }
    const QRect labelRect(indent + 14, y, barsLeft() - indent - 18, kRowHeight);
    QFont f = p.font();
    f.setBold(r.critical);
    p.setFont(f);
    p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, p.fontMetrics().elidedText(r.label, Qt::ElideMiddle, labelRect.width()));
    f.setBold(false);
    p.setFont(f);
    // Bar: the wait hatched grey, the run in the phase's colour.
    const QRect bar = barRect(row);
    if (bar.isEmpty())
        return;
    p.save();
    p.setClipRect(QRect(barsLeft(), y, viewport()->width() - barsLeft(), kRowHeight));
    const int runFrom = r.start >= 0 ? std::max(bar.left(), xOf(r.start)) : bar.right() + 1;
    if (runFrom > bar.left()) {
        const QRect wait(bar.left(), bar.top(), runFrom - bar.left(), bar.height());
        const QColor grey = theme.phaseFill(TaskPhase::Pending);
        p.fillRect(wait, theme.colour(Role::Window));
        p.fillRect(wait, QBrush(grey, Qt::BDiagPattern));
    }
    if (r.start >= 0) {
        const QRect run(runFrom, bar.top(), std::max(2, bar.right() + 1 - runFrom), bar.height());
        QColor colour = theme.phaseFill(r.phase);
        if (r.kind == RunNode::Kind::Loop || r.kind == RunNode::Kind::Graph)
            colour.setAlphaF(0.6f); // a span over its children, lighter than they are
        p.fillRect(run, colour);
    }
    if (r.critical) {
        p.setPen(QPen(criticalColour(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0, -1, 0, 0));
    }
    p.restore();
}

void TimelineView::scrollToRow(int row)
{
    if (row < 0)
        return;
    const int y = row * kRowHeight;
    QScrollBar *v = verticalScrollBar();
    if (y < v->value())
        v->setValue(y);
    else if (y + kRowHeight > v->value() + viewport()->height() - kHeaderHeight)
        v->setValue(y + kRowHeight - viewport()->height() + kHeaderHeight);
}

QColor TimelineView::criticalColour() { return ThemePalette::current().colour(Role::WarningMark); }

void TimelineView::select(int row)
{
    if (row < 0 || row >= m_rows.rows().size())
        return;
    const QString id = m_rows.rows()[row].nodeId;
    scrollToRow(row);
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    emit nodeSelected(id);
}

void TimelineView::selectNode(const QString &nodeId)
{
    m_selected = nodeId;
    // Show the node: expand what holds it.
    for (const RunNode *n = m_rows.node(nodeId); n && !n->parentId.isEmpty(); n = m_rows.node(n->parentId))
        if (!m_rows.isExpanded(n->parentId))
            m_rows.setExpanded(n->parentId, true);
    updateScrollBars();
    scrollToRow(m_rows.rowOf(nodeId));
    viewport()->update();
}

void TimelineView::setExpanded(const QString &nodeId, bool expanded)
{
    m_rows.setExpanded(nodeId, expanded);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setAllExpanded(bool expanded)
{
    if (expanded)
        m_rows.expandAll();
    else
        m_rows.collapseAll();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (event->button() != Qt::LeftButton)
        return;
    if (row >= 0 && pos.x() < barsLeft()) {
        const TimelineRows::Row &r = m_rows.rows()[row];
        const int arrowLeft = 4 + r.depth * kIndent;
        if (r.hasChildren && pos.x() >= arrowLeft - 2 && pos.x() <= arrowLeft + 12)
            setExpanded(r.nodeId, !r.expanded);
        else
            select(row);
        return;
    }
    if (row >= 0)
        select(row);
    m_dragFrom = pos;
    m_dragging = true;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_dragFrom;
    m_dragFrom = pos;
    panBy(delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    viewport()->unsetCursor();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        panBy(event->angleDelta().y() / 2);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int row = m_rows.rowOf(m_selected);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Down:
        select(std::min(int(m_rows.rows().size()) - 1, row + 1));
        return;
    case Qt::Key_Up:
        select(std::max(0, row - 1));
        return;
    case Qt::Key_Right:
    case Qt::Key_Left:
        if (row >= 0 && m_rows.rows()[row].hasChildren)
            setExpanded(m_selected, event->key() == Qt::Key_Right);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        const RunNode *node = row >= 0 ? m_rows.node(m_rows.rows()[row].nodeId) : nullptr;
        if (node)
            QToolTip::showText(help->globalPos(), TimelineTip::text(*node, m_now), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ps
