#pragma once

#include "ids.h"
#include "nodegeometry.h"
#include "themepalette.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

namespace ps {

struct Pipeline;
struct Task;

// Everything a task's node draws, read once from the document when the task changes, so
// painting (which happens far more often) reads no model at all.
struct TaskLook {
    struct Port {
        QString name;
        QColor colour;
        bool square = false;  // the tooltip is built on hover (TaskItem), not kept per port
    };
    struct Badge {
        QString text;
        QString tooltip;
        ThemePalette::Role fill;  // resolved when painting, so a theme switch reaches it
    };
    enum class Problem { None, Warning, Error };

    QString title;
    QString subtitle;            // the component's name
    QList<Port> inputs;
    QList<Port> outputs;
    QList<Badge> badges;         // condition, loop, retries, exit handler
    NodeGeometry geometry{0, 0};
    bool exitHandler = false;
    bool group = false;          // a sub-pipeline
    bool expanded = false;
    QSizeF expandedSize;
    QList<std::pair<QRectF, QString>> innerTasks;  // expanded group: inner nodes, in node coordinates
    QList<QLineF> innerEdges;
    Problem problem = Problem::None;
    QString problemText;

    QSizeF size() const { return expanded ? expandedSize : geometry.size(); }
    int inputIndex(const QString &name) const;
    int outputIndex(const QString &name) const;

    static TaskLook build(const Pipeline &pipeline, const Task &task, bool expanded);
};

} // namespace ps
