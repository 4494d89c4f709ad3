#include "edgelayer.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;

namespace {

Edge edge(quint32 from, quint32 to, const QString &toPort = QStringLiteral("in"))
{
    return Edge{TaskId{from}, QStringLiteral("out"), TaskId{to}, toPort};
}

} // namespace

// The scene's edges as records: found by task, removed and reused, hit by a click near
// the curve and not beside it, and each change naming the area to repaint.
class EdgeLayerTest : public QObject
{
    Q_OBJECT

private slots:
    void edgesAreFoundByTaskAndSlotsAreReused()
    {
        EdgeLayer layer;
        const auto a = layer.add(edge(1, 2), Qt::red);
        const auto b = layer.add(edge(1, 3), Qt::red);
        const auto loop = layer.add(edge(4, 4), Qt::red);
        QCOMPARE(layer.count(), 3);
        QCOMPARE(layer.edgesOf(TaskId{1}), (QList<EdgeLayer::Slot>{a, b}));
        QCOMPARE(layer.edgesOf(TaskId{4}), QList<EdgeLayer::Slot>{loop});  // once, not twice
        layer.remove(a);
        layer.remove(loop);
        QCOMPARE(layer.count(), 1);
        QCOMPARE(layer.edgesOf(TaskId{1}), QList<EdgeLayer::Slot>{b});
        QVERIFY(layer.edgesOf(TaskId{2}).isEmpty());
        QVERIFY(layer.edgesOf(TaskId{4}).isEmpty());
        const auto c = layer.add(edge(5, 6), Qt::blue);
        QVERIFY(c == a || c == loop);  // a freed slot, not a new one
        QCOMPARE(layer.edge(c).to, TaskId{6});
        QVERIFY(!layer.isSelected(c));
    }

    void aClickHitsTheCurveNotBesideIt()
    {
        EdgeLayer layer;
        const auto slot = layer.add(edge(1, 2), Qt::red);
        layer.setEnds(slot, QPointF(0, 0), QPointF(200, 100));
        // The curve is symmetric: its middle is the middle of its ends.
        QCOMPARE(layer.edgeAt(QPointF(100, 50), 5), slot);
        QCOMPARE(layer.edgeAt(QPointF(100, 58), 5), -1);
        QCOMPARE(layer.edgeAt(QPointF(100, 58), 10), slot);
        QCOMPARE(layer.edgeAt(QPointF(0, 100), 5), -1);
    }

    void changesNameTheAreaToRepaint()
    {
        EdgeLayer layer;
        const auto slot = layer.add(edge(1, 2), Qt::red);
        const QRectF first = layer.setEnds(slot, QPointF(0, 0), QPointF(100, 0));
        QVERIFY(first.contains(QRectF(0, -1, 100, 2)));
        QVERIFY(layer.setEnds(slot, QPointF(0, 0), QPointF(100, 0)).isEmpty());  // unchanged
        const QRectF moved = layer.setEnds(slot, QPointF(0, 0), QPointF(100, 300));
        QVERIFY(moved.contains(first) && moved.contains(QPointF(100, 300)));
        QCOMPARE(layer.setSelected(slot, true), layer.bounds(slot));
        QVERIFY(layer.setSelected(slot, true).isEmpty());  // already selected
        QCOMPARE(layer.selectedEdges(), QList<Edge>{edge(1, 2)});
        QCOMPARE(layer.clearSelection(), layer.bounds(slot));
        QVERIFY(layer.clearSelection().isEmpty());
        QVERIFY(layer.selectedEdges().isEmpty());
    }
};

PS_TEST(EdgeLayerTest)
#include "tst_edgelayer.moc"
