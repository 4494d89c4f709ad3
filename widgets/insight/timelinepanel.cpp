#include "timelinepanel.h"

#include "taskrunstate.h"
#include "themepalette.h"
#include "timelineview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {

namespace {

QToolButton *button(const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QPixmap swatch(const QColor &colour, bool hatched, bool outlined)
{
    const ThemePalette &theme = ThemePalette::current();
    QPixmap pixmap(18, 10);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.fillRect(pixmap.rect(), outlined ? QColor(Qt::transparent) : hatched ? theme.colour(ThemePalette::Role::Window) : colour);
    if (hatched)
        p.fillRect(pixmap.rect(), QBrush(colour, Qt::BDiagPattern));
    if (outlined) {
        p.setPen(QPen(colour, 2));
        p.drawRect(pixmap.rect().adjusted(1, 1, -1, -1));
    }
    return pixmap;
}

} // namespace

TimelinePanel::TimelinePanel(QWidget *parent) : QWidget(parent), m_view(new TimelineView(this)), m_summary(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    QToolButton *zoomIn = button(QStringLiteral("zoom-in"), tr("Zoom In"), tr("Zoom in (Ctrl+wheel, +)"), this);
    QToolButton *zoomOut = button(QStringLiteral("zoom-out"), tr("Zoom Out"), tr("Zoom out (Ctrl+wheel, -)"), this);
    QToolButton *fit = button(QStringLiteral("zoom-fit-best"), tr("Fit"), tr("Show the whole run (0)"), this);
    QToolButton *expand = button(QStringLiteral("list-add"), tr("Expand All"), tr("Show every iteration and attempt"), this);
    QToolButton *collapse = button(QStringLiteral("list-remove"), tr("Collapse All"), tr("Show one row a task"), this);
    for (QToolButton *b : {zoomIn, zoomOut, fit, expand, collapse})
        bar->addWidget(b);
    bar->addSpacing(12);
    const auto legend = [&](const QString &text) {
        auto *mark = new QLabel(this);
        m_legend.append(mark);
        bar->addWidget(mark);
        bar->addWidget(new QLabel(text, this));
        bar->addSpacing(6);
    };
    legend(tr("waiting", "timeline legend: a task is pending"));
    legend(tr("running", "timeline legend"));
    legend(tr("succeeded", "timeline legend"));
    legend(tr("failed", "timeline legend"));
    legend(tr("critical path", "timeline legend"));
    updateLegend();
    bar->addStretch(1);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1.5); });
    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1 / 1.5); });
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(expand, &QToolButton::clicked, m_view, [this] { m_view->setAllExpanded(true); });
    connect(collapse, &QToolButton::clicked, m_view, [this] { m_view->setAllExpanded(false); });
    connect(m_view, &TimelineView::nodeSelected, this, &TimelinePanel::nodeSelected);
}

void TimelinePanel::updateLegend()
{
    const ThemePalette &theme = ThemePalette::current();
    m_legend[0]->setPixmap(swatch(theme.phaseFill(TaskPhase::Pending), true, false));
    m_legend[1]->setPixmap(swatch(theme.phaseFill(TaskPhase::Running), false, false));
    m_legend[2]->setPixmap(swatch(theme.phaseFill(TaskPhase::Succeeded), false, false));
    m_legend[3]->setPixmap(swatch(theme.phaseFill(TaskPhase::Failed), false, false));
    m_legend[4]->setPixmap(swatch(TimelineView::criticalColour(), false, true));
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateLegend();
    QWidget::changeEvent(event);
}

void TimelinePanel::showRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs)
{
    m_view->setRun(run, pipeline, nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    const TimelineRows &rows = m_view->rows();
    m_summary->setText(run.id.isEmpty() ? QString()
                                        : tr("%1 in all").arg(TaskRunState::formatDuration(rows.lastMs() - rows.firstMs())));
}

void TimelinePanel::clear()
{
    showRun(RunSnapshot(), std::nullopt);
}

void TimelinePanel::selectNode(const QString &nodeId) { m_view->selectNode(nodeId); }

} // namespace ps
