#include "edgelayer.h"

#include "sketchraster.h"

#include <QPainter>
#include <QPen>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>

namespace ps {

namespace {

// The curve's two control points: pulled horizontally out of the ports.
std::pair<QPointF, QPointF> controls(QPointF from, QPointF to)
{
    const qreal dx = std::max(40.0, std::abs(to.x() - from.x()) / 2);
    return {from + QPointF(dx, 0), to - QPointF(dx, 0)};
}

// The cubic evaluated directly, about one segment per 24 px of chord.
QVarLengthArray<QPointF, 65> flatten(QPointF from, QPointF to)
{
    const auto [c1, c2] = controls(from, to);
    const int segments = std::clamp(int(QLineF(from, to).length() / 24), 4, 64);
    QVarLengthArray<QPointF, 65> points(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const qreal t = qreal(i) / segments;
        const qreal u = 1 - t;
        points[i] = u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to;
    }
    return points;
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::sqrt(QPointF::dotProduct(d, d));
}

} // namespace

EdgeLayer::Slot EdgeLayer::add(Edge edge, QColor colour)
{
    Slot slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
    } else {
        slot = Slot(m_records.size());
        m_records.emplace_back();
    }
    Record &r = m_records[size_t(slot)];
    r = Record{std::move(edge), std::move(colour), {}, {}, {}, true, false};
    m_edgesOf[r.edge.from].append(slot);
    if (r.edge.to != r.edge.from)
        m_edgesOf[r.edge.to].append(slot);
    ++m_count;
    return slot;
}

void EdgeLayer::remove(Slot slot)
{
    Record &r = m_records[size_t(slot)];
    if (!r.alive)
        return;
    for (TaskId task : {r.edge.from, r.edge.to}) {
        auto it = m_edgesOf.find(task);
        if (it == m_edgesOf.end())
            continue;
        it->removeOne(slot);
        if (it->isEmpty())
            m_edgesOf.erase(it);
    }
    r = Record{};
    m_free.push_back(slot);
    --m_count;
}

void EdgeLayer::clear()
{
    m_records.clear();
    m_free.clear();
    m_edgesOf.clear();
    m_count = 0;
}

QRectF EdgeLayer::boundsOf(QPointF from, QPointF to)
{
    // The curve stays inside the hull of its control points. The margin holds the selected
    // pen (2.5 px, antialiased) at the smallest zoom that draws curves (0.3): 14 scene units.
    const auto [c1, c2] = controls(from, to);
    return QRectF(from, to).normalized().united(QRectF(c1, c2).normalized()).adjusted(-14, -14, 14, 14);
}

QRectF EdgeLayer::setEnds(Slot slot, QPointF from, QPointF to)
{
    Record &r = m_records[size_t(slot)];
    if (r.alive && r.from == from && r.to == to && !r.bounds.isNull())
        return {};
    const QRectF old = r.bounds;
    r.from = from;
    r.to = to;
    r.bounds = boundsOf(from, to);
    return old.isNull() ? r.bounds : old.united(r.bounds);
}

QRectF EdgeLayer::setSelected(Slot slot, bool selected)
{
    Record &r = m_records[size_t(slot)];
    if (!r.alive || r.selected == selected)
        return {};
    r.selected = selected;
    return r.bounds;
}

QRectF EdgeLayer::clearSelection()
{
    QRectF dirty;
    for (Record &r : m_records) {
        if (r.alive && r.selected) {
            r.selected = false;
            dirty = dirty.united(r.bounds);
        }
    }
    return dirty;
}

QList<Edge> EdgeLayer::selectedEdges() const
{
    QList<Edge> edges;
    for (const Record &r : m_records) {
        if (r.alive && r.selected)
            edges.append(r.edge);
    }
    return edges;
}

template <typename F>
void EdgeLayer::forEachIn(const QRectF &rect, F &&visit) const
{
    for (const Record &r : m_records) {
        if (r.alive && r.bounds.intersects(rect))
            visit(r);
    }
}

EdgeLayer::Slot EdgeLayer::edgeAt(QPointF point, qreal tolerance) const
{
    Slot best = -1;
    qreal bestDistance = tolerance;
    const QRectF probe(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    for (size_t i = 0; i < m_records.size(); ++i) {
        const Record &r = m_records[i];
        if (!r.alive || !r.bounds.intersects(probe))
            continue;
        const auto points = flatten(r.from, r.to);
        for (qsizetype k = 1; k < points.size(); ++k) {
            const qreal d = distanceToSegment(point, points[k - 1], points[k]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = Slot(i);
            }
        }
    }
    return best;
}

void EdgeLayer::paint(QPainter *painter, const QRectF &exposed, const QColor &highlight, bool smooth) const
{
    // One drawLines call per pen (colour, dash, selection) instead of a call per edge.
    std::map<std::tuple<QRgb, bool, bool>, QList<QLineF>> batches;
    forEachIn(exposed, [&](const Record &r) {
        QList<QLineF> &lines = batches[{r.selected ? highlight.rgba() : r.colour.rgba(), r.edge.isControl(), r.selected}];
        const auto points = flatten(r.from, r.to);
        for (qsizetype k = 1; k < points.size(); ++k)
            lines.append(QLineF(points[k - 1], points[k]));
    });
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, smooth);
    for (const auto &[key, lines] : batches) {
        const auto &[rgba, dashed, selected] = key;
        // 1 px cosmetic pens take Qt's fast stroker, which clips long curves to the viewport.
        QPen pen(QColor::fromRgba(rgba), selected ? 2.5 : 1.0);
        pen.setCosmetic(true);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLines(lines.constData(), int(lines.size()));
    }
    painter->restore();
}

void EdgeLayer::sketch(SketchRaster *raster, const QRectF &exposed) const
{
    const QRgb colour = qRgb(0x90, 0xa4, 0xae);
    for (const Record &r : m_records) {
        if (r.alive && r.bounds.intersects(exposed))
            raster->line(r.from, r.to, colour);
    }
}

QPainterPath EdgeLayer::curve(QPointF from, QPointF to)
{
    const auto [c1, c2] = controls(from, to);
    QPainterPath path(from);
    path.cubicTo(c1, c2, to);
    return path;
}

} // namespace ps
