#include "tasklook.h"

#include "pipeline.h"
#include "portstyle.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TaskLook)
};

QString loopText(const Loop &loop)
{
    switch (loop.kind) {
    case Loop::Kind::Items: return Tr::tr("for each of %n item(s)", nullptr, int(loop.items.size()));
    case Loop::Kind::Parameter: return Tr::tr("for each item of a list");
    case Loop::Kind::Sequence: return Tr::tr("for a sequence");
    case Loop::Kind::None: break;
    }
    return {};
}

void addInnerGraph(TaskLook &look, const Pipeline &pipeline, const Graph &graph)
{
    // A miniature of the sub-pipeline at a third of its size, laid out by its own positions
    // or, where it has none, in a row.
    constexpr qreal scale = 0.33;
    constexpr qreal margin = 12;
    QHash<TaskId, QRectF> rects;
    qreal x = 0;
    for (const Task &inner : graph.tasks()) {
        const QSizeF size = NodeGeometry::of(inner, pipeline.component(inner.component)).size() * scale;
        QPointF at = inner.position ? *inner.position * scale : QPointF(x, 0);
        x += size.width() + 20;
        rects.insert(inner.id, QRectF(at, size));
    }
    QRectF bounds;
    for (const QRectF &r : std::as_const(rects))
        bounds = bounds.united(r);
    const QPointF shift = QPointF(margin, NodeGeometry::kHeaderHeight + margin) - bounds.topLeft();
    for (const Task &inner : graph.tasks())
        look.innerTasks.append({rects.value(inner.id).translated(shift), inner.name});
    for (const Edge &edge : graph.edges()) {
        const QRectF a = rects.value(edge.from).translated(shift);
        const QRectF b = rects.value(edge.to).translated(shift);
        look.innerEdges.append(QLineF(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())));
    }
    const QSizeF base = look.geometry.size();
    look.expandedSize = QSizeF(std::max(base.width(), bounds.width() + 2 * margin),
                               std::max(base.height(), NodeGeometry::kHeaderHeight + bounds.height() + 2 * margin));
}

} // namespace

int TaskLook::inputIndex(const QString &name) const
{
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).name == name)
            return i;
    }
    return -1;
}

int TaskLook::outputIndex(const QString &name) const
{
    for (int i = 0; i < outputs.size(); ++i) {
        if (outputs.at(i).name == name)
            return i;
    }
    return -1;
}

TaskLook TaskLook::build(const Pipeline &pipeline, const Task &task, bool expanded)
{
    TaskLook look;
    const ComponentSpec *component = pipeline.component(task.component);
    look.title = task.displayName.isEmpty() ? task.name : task.displayName;
    look.subtitle = component ? (component->name.isEmpty() ? component->key : component->name)
                              : Tr::tr("missing component %1").arg(task.component);
    look.geometry = NodeGeometry::of(task, component);
    for (const QString &name : NodeGeometry::inputNames(task, component)) {
        const PortSpec *port = component ? component->input(name) : nullptr;
        look.inputs.append({name, PortStyle::colour(port), PortStyle::isSquare(port)});
    }
    for (const QString &name : NodeGeometry::outputNames(component)) {
        const PortSpec *port = component->output(name);
        look.outputs.append({name, PortStyle::colour(port), PortStyle::isSquare(port)});
    }
    const TaskSettings &s = task.settings;
    if (s.condition.isSet())
        look.badges.append({Tr::tr("if"), Tr::tr("Runs only when: %1").arg(s.condition.text), ThemePalette::Role::BadgeCondition});
    if (s.loop.isSet())
        look.badges.append({Tr::tr("loop"), Tr::tr("Runs %1").arg(loopText(s.loop)), ThemePalette::Role::BadgeLoop});
    if (s.retry.limit > 0)
        look.badges.append({Tr::tr("retry %1").arg(s.retry.limit), Tr::tr("Retried up to %n time(s)", nullptr, s.retry.limit), ThemePalette::Role::BadgeRetry});
    look.exitHandler = task.role == Task::Role::ExitHandler;
    if (look.exitHandler)
        look.badges.append({Tr::tr("on exit"), Tr::tr("Runs when the pipeline ends, whatever its outcome"), ThemePalette::Role::BadgeFill});
    look.group = component && component->implementation.kind == Implementation::Kind::Graph;
    if (look.group && expanded) {
        look.expanded = true;
        addInnerGraph(look, pipeline, component->implementation.graph);
    }
    return look;
}

} // namespace ps
