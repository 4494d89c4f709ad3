#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace ps {

struct Task;
struct ComponentSpec;

// The size of a task's node on the canvas and where its ports sit, relative to the node's
// top-left corner. Pure geometry, shared by the scene (drawing, hit tests) and the
// auto-layout (node sizes), so both agree without asking the other.
class NodeGeometry
{
public:
    static constexpr qreal kWidth = 200;
    static constexpr qreal kHeaderHeight = 40;
    static constexpr qreal kPortRow = 18;
    static constexpr qreal kPortRadius = 5;
    static constexpr qreal kGridSize = 20;

    NodeGeometry(int inputCount, int outputCount) : m_inputs(inputCount), m_outputs(outputCount) {}
    static NodeGeometry of(const Task &task, const ComponentSpec *component);
    // The input ports in drawing order: the component's, then inputs bound on the task but
    // not declared by the component (kept from a foreign file).
    static QStringList inputNames(const Task &task, const ComponentSpec *component);
    static QStringList outputNames(const ComponentSpec *component);

    QSizeF size() const;
    QRectF rect() const { return QRectF(QPointF(0, 0), size()); }
    QPointF inputPort(int index) const;
    QPointF outputPort(int index) const;
    // The index of the port under `point` (relative to the node), or -1.
    int inputAt(QPointF point) const;
    int outputAt(QPointF point) const;

private:
    int m_inputs;
    int m_outputs;
};

} // namespace ps
