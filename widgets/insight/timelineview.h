#pragma once

#include "timelinerows.h"

#include <QAbstractScrollArea>

namespace ps {

// The Timeline: one bar per task on a shared time axis, iterations and attempts nested below
// their task (click the arrow, or Left/Right, to collapse and expand). A bar is hatched grey
// while the task waits (Pending) and in its phase's colour while it runs and after; the
// critical path is outlined. Ctrl+wheel (or +/-) zooms around the pointer, dragging pans,
// hovering shows times and usage, clicking selects the task (nodeSelected). Paints only the
// rows in view, so 5,000 tasks cost what 40 do. Colours come from ThemePalette.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 22;
    static constexpr int kHeaderHeight = 24;
    static constexpr int kLabelWidth = 220;
    static constexpr int kIndent = 14;

    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `run` as of `nowMs` (ms since the epoch), keeping zoom, scroll and what is expanded.
    void setRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs);
    void clear();
    const TimelineRows &rows() const { return m_rows; }

    void selectNode(const QString &nodeId);
    QString selectedNode() const { return m_selected; }
    void setExpanded(const QString &nodeId, bool expanded);
    void setAllExpanded(bool expanded);

    // Milliseconds a pixel stands for, and the time at the left edge of the bars.
    double msPerPixel() const { return m_msPerPixel; }
    qint64 originMs() const { return m_origin; }
    void zoomBy(double factor, int anchorX = -1);
    void panBy(int dx);
    // The whole run in view.
    void fitAll();
    // The bar of a shown row in viewport coordinates (empty when it has no times or is out of view).
    QRect barRect(int row) const;
    int rowAt(int y) const;
    int xOf(qint64 ms) const;
    // The outline of the critical path (the theme's warning colour).
    static QColor criticalColour();

signals:
    void nodeSelected(const QString &nodeId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    void paintHeader(QPainter &p, const QRect &area) const;
    void paintRow(QPainter &p, int row, int y) const;
    void select(int row);
    void scrollToRow(int row);
    int firstRow() const;
    int barsLeft() const { return kLabelWidth; }
    int barsWidth() const;

    TimelineRows m_rows;
    qint64 m_now = 0;
    double m_msPerPixel = 100;
    qint64 m_origin = 0;
    bool m_fitted = false;
    QString m_selected;
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_syncing = false;
};

} // namespace ps
