#pragma once

#include "ids.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace ps {

struct Pipeline;

// Layered left-to-right layout through Graphviz' `dot`. The input is a plain value so the
// layout can run on a worker thread while the user keeps editing; the result is the new
// top-left corner of each node.
class GraphLayout
{
public:
    struct Node {
        TaskId id;
        QSizeF size;
    };
    struct Input {
        QList<Node> nodes;
        QList<std::pair<TaskId, TaskId>> edges;   // only edges between the nodes given
        QPointF origin;                           // where the top-left of the result goes
    };
    struct Result {
        QHash<TaskId, QPointF> positions;
        QString error;                            // empty on success
    };

    // Nodes and edges of a graph of the pipeline; `only` restricts them to some tasks (the
    // selection), whose current top-left corner then becomes the origin.
    static Input inputFor(const Pipeline &pipeline, const QString &graphKey, const QList<TaskId> &only = {});
    // Runs dot. Safe to call from any thread; calls are serialised (Graphviz keeps globals).
    static Result run(const Input &input);
};

} // namespace ps
