#include "nodegeometry.h"

#include "componentspec.h"
#include "task.h"

#include <QLineF>

#include <algorithm>

namespace ps {

namespace {
constexpr qreal kHitRadius = 9;
}

NodeGeometry NodeGeometry::of(const Task &task, const ComponentSpec *component)
{
    int undeclared = 0;
    for (auto it = task.inputs.cbegin(); it != task.inputs.cend(); ++it) {
        if (!component || !component->input(it.key()))
            ++undeclared;
    }
    return component ? NodeGeometry(int(component->inputs.size()) + undeclared, int(component->outputs.size()))
                     : NodeGeometry(undeclared, 0);
}

QStringList NodeGeometry::inputNames(const Task &task, const ComponentSpec *component)
{
    QStringList names;
    if (component) {
        for (const PortSpec &port : component->inputs)
            names.append(port.name);
    }
    for (auto it = task.inputs.cbegin(); it != task.inputs.cend(); ++it) {
        if (!component || !component->input(it.key()))
            names.append(it.key());
    }
    return names;
}

QStringList NodeGeometry::outputNames(const ComponentSpec *component)
{
    QStringList names;
    if (component) {
        for (const PortSpec &port : component->outputs)
            names.append(port.name);
    }
    return names;
}

QSizeF NodeGeometry::size() const
{
    const int rows = std::max(m_inputs, m_outputs);
    return QSizeF(kWidth, kHeaderHeight + rows * kPortRow + (rows > 0 ? 6 : 0));
}

QPointF NodeGeometry::inputPort(int index) const
{
    return QPointF(0, kHeaderHeight + (index + 0.5) * kPortRow);
}

QPointF NodeGeometry::outputPort(int index) const
{
    return QPointF(kWidth, kHeaderHeight + (index + 0.5) * kPortRow);
}

int NodeGeometry::inputAt(QPointF point) const
{
    for (int i = 0; i < m_inputs; ++i) {
        if (QLineF(point, inputPort(i)).length() <= kHitRadius)
            return i;
    }
    return -1;
}

int NodeGeometry::outputAt(QPointF point) const
{
    for (int i = 0; i < m_outputs; ++i) {
        if (QLineF(point, outputPort(i)).length() <= kHitRadius)
            return i;
    }
    return -1;
}

} // namespace ps
