#include "graphlayout.h"

#include "nodegeometry.h"
#include "pipeline.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>

#include <graphviz/gvc.h>

#include <limits>

namespace ps {

namespace {

constexpr double kPointsPerInch = 72.0;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)
};

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

} // namespace

GraphLayout::Input GraphLayout::inputFor(const Pipeline &pipeline, const QString &graphKey, const QList<TaskId> &only)
{
    Input input;
    const Graph *graph = pipeline.graph(graphKey);
    if (!graph)
        return input;
    const QSet<TaskId> subset(only.cbegin(), only.cend());
    qreal left = std::numeric_limits<qreal>::max();
    qreal top = std::numeric_limits<qreal>::max();
    for (const Task &task : graph->tasks()) {
        if (!subset.isEmpty() && !subset.contains(task.id))
            continue;
        input.nodes.append({task.id, NodeGeometry::of(task, pipeline.component(task.component)).size()});
        if (!subset.isEmpty() && task.position) {
            left = std::min(left, task.position->x());
            top = std::min(top, task.position->y());
        }
    }
    if (!subset.isEmpty() && left != std::numeric_limits<qreal>::max())
        input.origin = QPointF(left, top);
    QSet<std::pair<quint32, quint32>> seen;
    for (const Edge &edge : graph->edges()) {
        if (!subset.isEmpty() && (!subset.contains(edge.from) || !subset.contains(edge.to)))
            continue;
        if (edge.from == edge.to || seen.contains({edge.from.value, edge.to.value}))
            continue;
        seen.insert({edge.from.value, edge.to.value});
        input.edges.append({edge.from, edge.to});
    }
    return input;
}

GraphLayout::Result GraphLayout::run(const Input &input)
{
    Result result;
    if (input.nodes.isEmpty())
        return result;
    QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("pipeline"), Agdirected, nullptr);
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", QByteArray::number(30 / kPointsPerInch));
    set(graph, "ranksep", QByteArray::number(70 / kPointsPerInch));
    set(graph, "splines", "false");  // edges are drawn by the canvas; skip dot's routing
    // Bound the crossing-minimisation passes: large graphs stay within budget, small ones
    // still get dot's full treatment.
    if (input.nodes.size() > 500) {
        set(graph, "mclimit", "0.3");
        set(graph, "nslimit", "2");
        set(graph, "nslimit1", "2");
    }
    QHash<TaskId, Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (const Node &node : input.nodes) {
        Agnode_t *n = agnode(graph, QByteArray::number(node.id.value).data(), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", QByteArray::number(node.size.width() / kPointsPerInch));
        set(n, "height", QByteArray::number(node.size.height() / kPointsPerInch));
        nodes.insert(node.id, n);
    }
    for (const auto &[from, to] : input.edges) {
        Agnode_t *a = nodes.value(from);
        Agnode_t *b = nodes.value(to);
        if (a && b)
            agedge(graph, a, b, nullptr, 1);
    }
    if (gvLayout(gvc, graph, "dot") != 0) {
        result.error = Tr::tr("Graphviz could not lay out the graph (is the dot layout plugin installed?).");
    } else {
        // Graphviz gives centres in points with y growing upwards; the canvas wants
        // top-left corners with y growing downwards.
        qreal minX = std::numeric_limits<qreal>::max();
        qreal minY = std::numeric_limits<qreal>::max();
        QHash<TaskId, QPointF> topLeft;
        for (const Node &node : input.nodes) {
            const pointf centre = ND_coord(nodes.value(node.id));
            const QPointF corner(centre.x - node.size.width() / 2, -centre.y - node.size.height() / 2);
            minX = std::min(minX, corner.x());
            minY = std::min(minY, corner.y());
            topLeft.insert(node.id, corner);
        }
        for (auto it = topLeft.cbegin(); it != topLeft.cend(); ++it)
            result.positions.insert(it.key(), it.value() - QPointF(minX, minY) + input.origin);
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    gvFreeContext(gvc);
    return result;
}

} // namespace ps
