#include "decimator.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>

using ps::Decimator;

namespace {

QList<QPointF> sine(int count)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i, std::sin(i * 0.01) * 100));
    return points;
}

qsizetype totalPoints(const QList<QPolygonF> &lines)
{
    qsizetype n = 0;
    for (const QPolygonF &l : lines)
        n += l.size();
    return n;
}

} // namespace

// Per pixel column reduction: what a chart of many points draws.
class DecimatorTest : public QObject
{
    Q_OBJECT

private slots:
    void columnsKeepFirstMinMaxLast()
    {
        const QList<QPointF> points{{0, 5}, {0.2, 9}, {0.4, -3}, {0.6, 4}, {1.0, 7}, {1.5, 8}};
        const auto columns = Decimator::columns(points, QRectF(0, 0, 2, 10), QRectF(0, 0, 2, 10), 10);
        QCOMPARE(columns.size(), std::size_t(2));
        QCOMPARE(columns[0].pixel, 0);
        QCOMPARE(columns[0].first, 5.0f);
        QCOMPARE(columns[0].min, -3.0f);
        QCOMPARE(columns[0].max, 9.0f);
        QCOMPARE(columns[0].last, 4.0f);
        QCOMPARE(columns[0].count, 4);
        QVERIFY(!columns[0].minFirst); // 9 came before -3
        QVERIFY(!columns[0].joined);
        QCOMPARE(columns[1].pixel, 1);
        QVERIFY(columns[1].joined);
        QCOMPARE(columns[1].first, 7.0f);
        QCOMPARE(columns[1].last, 8.0f);
    }

    void columnsBreakAtNaNAndKeepOneSampleBeyondEachEdge()
    {
        const QList<QPointF> points{{-5, 1}, {-1, 100}, {0.5, qQNaN()}, {1.5, 2}, {3, 100}, {9, 1}};
        const auto columns = Decimator::columns(points, QRectF(0, 0, 2, 100), QRectF(10, 0, 2, 100), 10);
        QCOMPARE(columns.size(), std::size_t(3));
        QCOMPARE(columns[0].pixel, 9);   // x = -1: one pixel left of the rectangle
        QCOMPARE(columns[1].pixel, 11);
        QVERIFY(!columns[1].joined);     // the NaN broke the line
        QCOMPARE(columns[1].max, 2.0f);
        QCOMPARE(columns[2].pixel, 13);  // x = 3: beyond the right edge, joined to x = 1.5
        QVERIFY(columns[2].joined);
    }

    void tenThousandPointsBecomeAtMostFourPerColumn()
    {
        const QList<QPointF> points = sine(10000);
        const auto lines = Decimator::polylines(points, QRectF(0, -100, 9999, 200), QRectF(0, 0, 500, 100), 10);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(totalPoints(lines) <= 4 * 501, qPrintable(QString::number(totalPoints(lines))));
        QVERIFY(totalPoints(lines) >= 500);
    }

    void manySeriesDrawAsOneEnvelopeSegmentPerColumn()
    {
        QList<QPointF> points = sine(10000);
        points[5000].setY(1000);   // a spike: the envelope must reach the top
        const std::vector<QLine> spans = Decimator::spans(points, QRectF(0, -100, 9999, 1100), QRectF(0, 0, 500, 110), 10);
        QVERIFY2(spans.size() >= 500 && spans.size() <= 502, qPrintable(QString::number(spans.size())));
        int top = 1000000;
        for (const QLine &l : spans) {
            QCOMPARE(l.x1(), l.x2());   // adjacent columns: vertical segments only
            top = std::min({top, l.y1(), l.y2()});
        }
        QCOMPARE(top, 0);              // y 1000 is the plot's top edge
        // A hole longer than maxGap is not bridged.
        points.remove(3000, 2000);
        const std::vector<QLine> broken = Decimator::spans(points, QRectF(0, -100, 9999, 1100), QRectF(0, 0, 500, 110), 10);
        for (const QLine &l : broken)
            QVERIFY(!(l.x1() < 150 && l.x2() > 250));
    }

    void aSpikeSurvivesDecimation()
    {
        QList<QPointF> points = sine(10000);
        points[5000].setY(1000); // one sample among 20 per pixel
        const auto lines = Decimator::polylines(points, QRectF(0, 0, 9999, 1000), QRectF(0, 0, 500, 100), 10);
        double top = 100;
        for (const QPolygonF &l : lines)
            for (const QPointF &p : l)
                top = std::min(top, p.y());
        QCOMPARE(top, 0.5); // the spike reaches the top row of the pixel rectangle (its centre)
    }

    void linesMapToPixelsWithYUp()
    {
        const auto lines = Decimator::polylines({{0, 0}, {10, 1}}, QRectF(0, 0, 10, 1), QRectF(10, 20, 100, 50), 100);
        QCOMPARE(lines.size(), 1);
        // On pixel centres: crisp one-pixel lines when antialiased.
        QCOMPARE(lines[0].first(), QPointF(10.5, 70.5));
        QCOMPARE(lines[0].last(), QPointF(110.5, 20.5));
    }

    void nanAndGapsBreakTheLine()
    {
        const QList<QPointF> points{{0, 1}, {1, 1}, {2, qQNaN()}, {3, 1}, {4, 1}, {20, 1}, {21, 1}};
        const auto lines = Decimator::polylines(points, QRectF(0, 0, 21, 2), QRectF(0, 0, 210, 100), 2);
        QCOMPARE(lines.size(), 3);
    }

    void keepsOnePointBeyondEachEdge()
    {
        const QList<QPointF> points{{0, 0}, {10, 10}, {20, 20}, {30, 30}};
        const auto lines = Decimator::polylines(points, QRectF(12, 0, 10, 30), QRectF(0, 0, 100, 100), 100);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].size(), 3);
        QVERIFY(lines[0].first().x() < 0);
        QVERIFY(lines[0].last().x() > 100);
    }

    void aLoneSampleStillShows()
    {
        const auto lines = Decimator::polylines({{5, 1}}, QRectF(0, 0, 10, 2), QRectF(0, 0, 100, 100), 1);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].size(), 2);
    }

    void emptyOrDegenerateInputGivesNothing()
    {
        QVERIFY(Decimator::polylines({}, QRectF(0, 0, 1, 1), QRectF(0, 0, 10, 10), 1).isEmpty());
        QVERIFY(Decimator::polylines({{0, 0}}, QRectF(0, 0, 0, 1), QRectF(0, 0, 10, 10), 1).isEmpty());
        QVERIFY(Decimator::columns({{0, 0}}, QRectF(0, 0, 1, 1), QRectF(0, 0, 0, 10), 1).empty());
    }
};

PS_TEST(DecimatorTest)
#include "tst_decimator.moc"
