#include "connectiondrag.h"

#include "themepalette.h"

#include "connectionrules.h"
#include "edgelayer.h"
#include "pipelinedocument.h"
#include "pipelinescene.h"
#include "setbindingcommand.h"
#include "taskitem.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace ps {

ConnectionDrag::ConnectionDrag(PipelineScene *scene, TaskId from, QString output, QPointF start)
    : m_scene(scene)
    , m_from(from)
    , m_output(std::move(output))
    , m_start(start)
    , m_line(scene->addPath(EdgeLayer::curve(start, start), QPen(ThemePalette::current().colour(ThemePalette::Role::SecondaryText), 1.6, Qt::DashLine)))
    , m_hint(scene->addSimpleText(QString()))
{
    m_line->setZValue(10);
    m_hint->setZValue(11);
    m_hint->setBrush(ThemePalette::current().colour(ThemePalette::Role::ErrorMark));
}

ConnectionDrag::~ConnectionDrag()
{
    delete m_line;
    delete m_hint;
}

ConnectionDrag::Target ConnectionDrag::targetAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> near = m_scene->items(QRectF(scenePos - QPointF(10, 10), QSizeF(20, 20)));
    for (QGraphicsItem *item : near) {
        if (item->type() != TaskItem::Type)
            continue;
        auto *task = static_cast<TaskItem *>(item);
        const int index = task->inputAt(scenePos);
        if (index >= 0)
            return {task, task->look().inputs.at(index).name};
    }
    return {};
}

QString ConnectionDrag::whyNot(const Target &target) const
{
    return ConnectionRules::whyNot(m_scene->document()->pipeline(), m_scene->graphKey(), m_from, m_output,
                                   target.item->id(), target.input);
}

QString ConnectionDrag::moveTo(QPointF scenePos)
{
    const Target target = targetAt(scenePos);
    const QString reason = target.item ? whyNot(target) : QString();
    const QPointF end = target.item ? target.item->inputPortPos(target.item->look().inputIndex(target.input)) : scenePos;
    m_line->setPath(EdgeLayer::curve(m_start, end));
    QPen pen = m_line->pen();
    const ThemePalette &theme = ThemePalette::current();
    pen.setColor(theme.colour(!target.item        ? ThemePalette::Role::SecondaryText
                              : reason.isEmpty() ? ThemePalette::Role::ConnectOk
                                                 : ThemePalette::Role::ErrorMark));
    pen.setStyle(target.item && reason.isEmpty() ? Qt::SolidLine : Qt::DashLine);
    m_line->setPen(pen);
    m_hint->setText(reason);
    m_hint->setPos(scenePos + QPointF(14, 10));
    return reason;
}

bool ConnectionDrag::finish(QPointF scenePos, QString *reason)
{
    const Target target = targetAt(scenePos);
    if (!target.item) {
        reason->clear();
        return false;
    }
    *reason = whyNot(target);
    if (!reason->isEmpty())
        return false;
    m_scene->document()->push(SetBindingCommand::connect(m_scene->document(), m_scene->graphKey(), m_from, m_output,
                                                         target.item->id(), target.input));
    return true;
}

} // namespace ps
