#include "taskitem.h"

#include "themepalette.h"

#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "portstyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace ps {

namespace {

constexpr qreal kRadius = 6;

const QFont &titleFont()
{
    static const QFont font = [] {
        QFont f = QApplication::font();
        f.setBold(true);
        return f;
    }();
    return font;
}

const QFont &smallFont()
{
    static const QFont font = [] {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        return f;
    }();
    return font;
}

} // namespace

TaskItem::TaskItem(TaskId id, TaskLook look)
    : m_id(id)
    , m_look(std::move(look))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void TaskItem::setLook(TaskLook look)
{
    if (look.size() != m_look.size())
        prepareGeometryChange();
    m_look = std::move(look);
    update();
}

void TaskItem::setState(const QColor &colour, const QString &text)
{
    m_stateColour = colour;
    m_stateText = text;
    update();
}

int TaskItem::inputAt(QPointF scenePos) const
{
    return m_look.geometry.inputAt(mapFromScene(scenePos));
}

QPointF TaskItem::outputPortPos(int index) const
{
    // Outputs sit on the right edge, which moves out when a group node is expanded.
    return mapToScene(QPointF(m_look.size().width(), m_look.geometry.outputPort(index).y()));
}

int TaskItem::outputAt(QPointF scenePos) const
{
    const qreal widening = m_look.size().width() - NodeGeometry::kWidth;
    return m_look.geometry.outputAt(mapFromScene(scenePos) - QPointF(widening, 0));
}

QRectF TaskItem::toggleRect() const
{
    return m_look.group ? QRectF(m_look.size().width() - 22, 4, 16, 16) : QRectF();
}

QRectF TaskItem::boundingRect() const
{
    // Room for the ports sticking out and the problem marker above the corner.
    return QRectF(QPointF(0, 0), m_look.size()).adjusted(-NodeGeometry::kPortRadius - 1, -8, NodeGeometry::kPortRadius + 1, 1);
}

void TaskItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF body(QPointF(0, 0), m_look.size());
    const QPalette palette = QApplication::palette();
    const ThemePalette &theme = ThemePalette::current();
    const bool selected = option->state & QStyle::State_Selected;
    QColor fill = theme.colour(ThemePalette::Role::Base);
    if (m_stateColour.isValid()) {
        // A pale tint of the state for the body; the header band carries the full colour.
        const QColor base = fill;
        fill = QColor::fromRgbF(base.redF() * 0.82f + m_stateColour.redF() * 0.18f, base.greenF() * 0.82f + m_stateColour.greenF() * 0.18f,
                                base.blueF() * 0.82f + m_stateColour.blueF() * 0.18f);
    }
    QColor border = theme.colour(selected ? ThemePalette::Role::Accent : ThemePalette::Role::Border);
    if (m_look.problem == TaskLook::Problem::Error)
        border = selected ? border : theme.colour(ThemePalette::Role::ErrorMark);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // Far out: a plain block keeps panning a huge graph smooth.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(body, m_stateColour.isValid() ? m_stateColour : border);
        return;
    }
    QPen pen(border, selected ? 2.5 : 1.2);
    if (m_look.exitHandler)
        pen.setStyle(Qt::DashLine);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(body, kRadius, kRadius);
    // Header band in the state colour, or a neutral one while editing.
    const QRectF header(0, 0, body.width(), NodeGeometry::kHeaderHeight - 4);
    painter->setPen(Qt::NoPen);
    const QColor headerFill = m_stateColour.isValid() ? m_stateColour
                              : theme.colour(m_look.group ? ThemePalette::Role::GroupHeaderFill : ThemePalette::Role::HeaderFill);
    painter->setBrush(headerFill);
    painter->drawRoundedRect(header.adjusted(1, 1, -1, 0), kRadius - 1, kRadius - 1);

    // On the header, the theme's text or base colour, whichever reads better (≥ 4.5 for every phase).
    const QColor headerText = theme.textOn(headerFill);
    painter->setPen(headerText);
    painter->setFont(titleFont());
    const qreal textRight = body.width() - (m_look.group ? 28 : 8);
    const QFontMetricsF titleMetrics(titleFont());
    painter->drawText(QRectF(8, 3, textRight - 8, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(m_look.title, Qt::ElideRight, textRight - 8));
    painter->setFont(smallFont());
    painter->setPen(m_stateColour.isValid() ? headerText : theme.colour(ThemePalette::Role::SecondaryText));
    const QFontMetricsF smallMetrics(smallFont());
    const QString sub = m_stateText.isEmpty() ? m_look.subtitle : m_stateText;
    painter->drawText(QRectF(8, 19, textRight - 8, 15), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(sub, Qt::ElideRight, textRight - 8));
    if (m_look.group) {
        painter->setPen(palette.color(QPalette::Text));
        painter->setBrush(Qt::NoBrush);
        const QRectF toggle = toggleRect();
        painter->drawRect(toggle);
        painter->drawLine(QLineF(toggle.left() + 4, toggle.center().y(), toggle.right() - 4, toggle.center().y()));
        if (!m_look.expanded)
            painter->drawLine(QLineF(toggle.center().x(), toggle.top() + 4, toggle.center().x(), toggle.bottom() - 4));
    }
    if (lod >= 0.55) {
        paintPorts(painter);
        paintBadges(painter);
    }
    if (m_look.expanded)
        paintInner(painter);
    if (m_look.problem != TaskLook::Problem::None) {
        const bool error = m_look.problem == TaskLook::Problem::Error;
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.colour(error ? ThemePalette::Role::ErrorMark : ThemePalette::Role::WarningMark));
        painter->drawEllipse(QPointF(body.width() - 2, 0), 7, 7);
        painter->setPen(theme.colour(error ? ThemePalette::Role::ErrorText : ThemePalette::Role::WarningText));
        painter->setFont(titleFont());
        painter->drawText(QRectF(body.width() - 9, -7, 14, 14), Qt::AlignCenter, QStringLiteral("!"));
    }
}

void TaskItem::setKeyboardPort(int index, bool input)
{
    if (index == m_keyboardPort && input == m_keyboardInput)
        return;
    m_keyboardPort = index;
    m_keyboardInput = input;
    update();
}

void TaskItem::paintPorts(QPainter *painter) const
{
    const QPalette palette = QApplication::palette();
    const QFontMetricsF metrics(smallFont());
    painter->setFont(smallFont());
    const qreal half = m_look.size().width() / 2 - 10;
    auto drawPort = [&](const TaskLook::Port &port, QPointF at, bool input) {
        painter->setPen(QPen(port.colour.darker(130), 1));
        painter->setBrush(port.colour);
        const qreal r = NodeGeometry::kPortRadius;
        if (port.square)
            painter->drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        else
            painter->drawEllipse(at, r, r);
        painter->setPen(palette.color(QPalette::Text));
        const QString label = metrics.elidedText(port.name, Qt::ElideRight, half);
        const QRectF box = input ? QRectF(at.x() + 9, at.y() - 8, half, 16) : QRectF(at.x() - 9 - half, at.y() - 8, half, 16);
        painter->drawText(box, (input ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, label);
    };
    const auto drawRing = [&](QPointF at) {
        // The keyboard's port: a ring wide enough to see at any zoom where ports are drawn.
        painter->setPen(QPen(ThemePalette::current().colour(ThemePalette::Role::Accent), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(at, NodeGeometry::kPortRadius + 4, NodeGeometry::kPortRadius + 4);
    };
    for (int i = 0; i < m_look.inputs.size(); ++i)
        drawPort(m_look.inputs.at(i), m_look.geometry.inputPort(i), true);
    for (int i = 0; i < m_look.outputs.size(); ++i)
        drawPort(m_look.outputs.at(i), QPointF(m_look.size().width(), m_look.geometry.outputPort(i).y()), false);
    if (m_keyboardPort >= 0 && m_keyboardInput && m_keyboardPort < m_look.inputs.size())
        drawRing(m_look.geometry.inputPort(m_keyboardPort));
    else if (m_keyboardPort >= 0 && !m_keyboardInput && m_keyboardPort < m_look.outputs.size())
        drawRing(QPointF(m_look.size().width(), m_look.geometry.outputPort(m_keyboardPort).y()));
}

void TaskItem::paintBadges(QPainter *painter) const
{
    // Badges sit on the node's top edge, from the left.
    qreal x = 8;
    const QFontMetricsF metrics(smallFont());
    painter->setFont(smallFont());
    for (const TaskLook::Badge &badge : m_look.badges) {
        const qreal w = metrics.horizontalAdvance(badge.text) + 10;
        const QRectF box(x, -7, w, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ThemePalette::current().colour(badge.fill));
        painter->drawRoundedRect(box, 7, 7);
        painter->setPen(ThemePalette::current().colour(ThemePalette::Role::BadgeText));
        painter->drawText(box, Qt::AlignCenter, badge.text);
        x += w + 4;
    }
}

void TaskItem::paintInner(QPainter *painter) const
{
    const ThemePalette &theme = ThemePalette::current();
    painter->setPen(QPen(theme.colour(ThemePalette::Role::EdgeControl), 1));
    for (const QLineF &line : m_look.innerEdges)
        painter->drawLine(line);
    painter->setFont(smallFont());
    const QFontMetricsF metrics(smallFont());
    for (const auto &[rect, name] : m_look.innerTasks) {
        painter->setPen(QPen(theme.colour(ThemePalette::Role::EdgeControl), 1));
        painter->setBrush(theme.colour(ThemePalette::Role::InnerTaskFill));
        painter->drawRoundedRect(rect, 3, 3);
        painter->setPen(theme.colour(ThemePalette::Role::Text));
        painter->drawText(rect.adjusted(3, 0, -3, 0), Qt::AlignCenter, metrics.elidedText(name, Qt::ElideRight, rect.width() - 6));
    }
}

PipelineScene *TaskItem::pipelineScene() const
{
    return static_cast<PipelineScene *>(scene());
}

QVariant TaskItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    PipelineScene *owner = pipelineScene();
    if (change == ItemPositionChange && owner && owner->snapToGrid()) {
        const QPointF p = value.toPointF();
        const qreal g = NodeGeometry::kGridSize;
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged && owner)
        owner->taskItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

QString TaskItem::portTooltip(const QString &port, bool input) const
{
    const PipelineScene *owner = pipelineScene();
    const Graph *graph = owner ? owner->document()->pipeline().graph(owner->graphKey()) : nullptr;
    const Task *task = graph ? graph->task(m_id) : nullptr;
    const ComponentSpec *component = task ? owner->document()->pipeline().component(task->component) : nullptr;
    const PortSpec *spec = component ? (input ? component->input(port) : component->output(port)) : nullptr;
    return PortStyle::tooltip(port, spec);
}

void TaskItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // Port names and types on hover; badges explain themselves; otherwise the problem.
    const QPointF p = event->pos();
    QString tip;
    if (const int in = m_look.geometry.inputAt(p); in >= 0)
        tip = portTooltip(m_look.inputs.value(in).name, true);
    else if (const int out = outputAt(mapToScene(p)); out >= 0)
        tip = portTooltip(m_look.outputs.value(out).name, false);
    else if (p.y() < 8) {
        qreal x = 8;
        const QFontMetricsF metrics(smallFont());
        for (const TaskLook::Badge &badge : m_look.badges) {
            const qreal w = metrics.horizontalAdvance(badge.text) + 10;
            if (p.x() >= x && p.x() <= x + w)
                tip = badge.tooltip;
            x += w + 4;
        }
    }
    if (tip.isEmpty())
        tip = m_look.problemText.isEmpty() ? m_look.subtitle : m_look.problemText;
    setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace ps
