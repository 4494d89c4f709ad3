#include "sketchraster.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ps;

namespace {

constexpr QRgb kInk = 0xff336699;

// The frame's pixels that are drawn, as points of the frame.
QList<QPoint> drawn(const SketchRaster &raster)
{
    const QImage image = raster.image();
    QList<QPoint> points;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == kInk)
                points.append(QPoint(x, y));
    return points;
}

} // namespace

// The far-out sketch's own rasteriser: lines and blocks land on the right pixels of a frame
// that need not start at the origin, and nothing is written outside it, whatever the input.
class SketchRasterTest : public QObject
{
    Q_OBJECT

private slots:
    void aLineAcrossTheFrameIsClippedToIt()
    {
        SketchRaster raster;
        // A 200×100 frame whose top-left is the device pixel (100, 50); scene = device.
        raster.begin(QRect(100, 50, 200, 100), QTransform());
        raster.line(QPointF(-500, 80), QPointF(900, 80), kInk);
        const QList<QPoint> points = drawn(raster);
        QCOMPARE(points.size(), 200);
        for (const QPoint &p : points)
            QCOMPARE(p.y(), 30);
    }

    void aDiagonalStaysOnItsLine()
    {
        SketchRaster raster;
        raster.begin(QRect(0, 0, 100, 100), QTransform::fromScale(0.5, 0.5));
        raster.line(QPointF(0, 0), QPointF(100, 100), kInk);  // (0,0) to (50,50) in pixels
        const QList<QPoint> points = drawn(raster);
        QCOMPARE(points.size(), 51);
        for (const QPoint &p : points)
            QCOMPARE(p.x(), p.y());
    }

    void farAndBrokenCoordinatesWriteNothingOutside_data()
    {
        QTest::addColumn<QPointF>("from");
        QTest::addColumn<QPointF>("to");
        const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
        const qreal inf = std::numeric_limits<qreal>::infinity();
        QTest::newRow("1e17 across") << QPointF(-1e17, -1e17) << QPointF(1e17, 1e17);
        QTest::newRow("1e12 to inside") << QPointF(1e12, 3) << QPointF(10, 10);
        QTest::newRow("NaN") << QPointF(nan, 0) << QPointF(10, 10);
        QTest::newRow("infinity") << QPointF(0, 0) << QPointF(inf, 10);
        QTest::newRow("wholly outside") << QPointF(-50, -50) << QPointF(-10, 500);
        QTest::newRow("on the last column") << QPointF(63, -20) << QPointF(63, 80);
    }

    void farAndBrokenCoordinatesWriteNothingOutside()
    {
        QFETCH(QPointF, from);
        QFETCH(QPointF, to);
        SketchRaster raster;
        // A frame smaller than the buffer it reuses: writes past its edge would show there.
        raster.begin(QRect(0, 0, 128, 128), QTransform());
        raster.begin(QRect(0, 0, 64, 48), QTransform());
        raster.line(from, to, kInk);
        for (const QPoint &p : drawn(raster))
            QVERIFY(p.x() >= 0 && p.x() < 64 && p.y() >= 0 && p.y() < 48);
        raster.begin(QRect(0, 0, 128, 128), QTransform());
        QVERIFY(drawn(raster).isEmpty());  // cleared, and nothing was written beyond 64×48 before
    }

    void aBlockIsAtLeastAPixelAndClipped()
    {
        SketchRaster raster;
        raster.begin(QRect(0, 0, 100, 100), QTransform::fromScale(0.01, 0.01));
        raster.rect(QRectF(1000, 1000, 10, 10), kInk);  // a tenth of a pixel
        QCOMPARE(drawn(raster), QList<QPoint>{QPoint(10, 10)});
        raster.begin(QRect(0, 0, 100, 100), QTransform());
        raster.rect(QRectF(90, -5, 20, 10), kInk);  // over the top-right corner
        QCOMPARE(drawn(raster).size(), 10 * 5);
        raster.begin(QRect(0, 0, 100, 100), QTransform());
        raster.rect(QRectF(-30, 20, 10, 10), kInk);  // left of the frame
        raster.rect(QRectF(20, 300, 10, 10), kInk);  // below it
        QVERIFY(drawn(raster).isEmpty());
    }
};

PS_TEST(SketchRasterTest)
#include "tst_sketchraster.moc"
