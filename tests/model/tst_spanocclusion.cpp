#include "spanocclusion.h"
#include "testregistry.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using ps::SpanOcclusion;

namespace {

// Each layer's lines drawn in order with its own colour, as a chart draws its series.
QImage draw(const std::vector<std::vector<QLine>> &layers, const QRect &clip)
{
    QImage image(120, 90, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setClipRect(clip);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        QPen pen(QColor::fromHsv(int(i * 37 % 360), 200, 200));
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLines(layers[i].data(), int(layers[i].size()));
    }
    return image;
}

// What SpanOcclusion leaves of the layers, fed from the last layer to the first.
std::vector<std::vector<QLine>> occluded(const std::vector<std::vector<QLine>> &layers, const QRect &clip)
{
    SpanOcclusion occlusion;
    occlusion.reset(clip);
    std::vector<std::vector<QLine>> shown(layers.size());
    for (std::size_t i = layers.size(); i-- > 0;)
        for (const QLine &line : layers[i])
            occlusion.add(line, shown[i]);
    return shown;
}

qsizetype pixels(const std::vector<std::vector<QLine>> &layers)
{
    qsizetype n = 0;
    for (const auto &layer : layers)
        for (const QLine &l : layer)
            n += std::max(std::abs(l.dx()), std::abs(l.dy())) + 1;
    return n;
}

} // namespace

// Drawing only what later lines do not cover: the same picture for less work.
class SpanOcclusionTest : public QObject
{
    Q_OBJECT

private slots:
    void leavesThePictureUnchanged_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("height");   // of the spans: tall ones overlap much
        for (int seed = 1; seed <= 4; ++seed) {
            QTest::addRow("short spans, seed %d", seed) << seed << 4;
            QTest::addRow("tall spans, seed %d", seed) << seed << 60;
        }
    }

    void leavesThePictureUnchanged()
    {
        QFETCH(int, seed);
        QFETCH(int, height);
        QRandomGenerator random{quint32(seed)};
        const QRect clip(10, 5, 100, 70);
        std::vector<std::vector<QLine>> layers(30);
        for (auto &layer : layers) {
            for (int x = 0; x < 120; ++x) { // some columns outside the clip, some lines beyond it
                const int top = random.bounded(-10, 90);
                layer.emplace_back(x, top, x, top + random.bounded(height + 1));
                if (random.bounded(8) == 0) // a joining line between columns passes through
                    layer.emplace_back(x, top, x + 3, random.bounded(90));
            }
        }
        const auto shown = occluded(layers, clip);
        QCOMPARE(draw(shown, clip), draw(layers, clip));
        QVERIFY2(pixels(shown) < pixels(layers), qPrintable(QStringLiteral("%1 of %2").arg(pixels(shown)).arg(pixels(layers))));
    }

    void dropsWhatIsCoveredAndShortensWhatIsPartlyCovered()
    {
        SpanOcclusion occlusion;
        occlusion.reset(QRect(0, 0, 10, 100));
        std::vector<QLine> out;
        occlusion.add(QLine(3, 20, 3, 40), out);   // drawn last: whole
        occlusion.add(QLine(3, 25, 3, 35), out);   // under it: nothing
        occlusion.add(QLine(3, 10, 3, 30), out);   // sticks out above: rows 10–19 (and one more)
        occlusion.add(QLine(4, 30, 4, 30), out);   // another column: whole
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[0], QLine(3, 20, 3, 40));
        QCOMPARE(out[1].y1(), 10);
        QVERIFY(out[1].y2() >= 19 && out[1].y2() <= 20);
        QCOMPARE(out[2], QLine(4, 30, 4, 30));
        // A single row that shows takes a covered neighbour along: a point costs more to draw.
        out.clear();
        occlusion.add(QLine(3, 9, 3, 30), out);
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0].y1(), 9);
        QCOMPARE(out[0].y2(), 10);
    }

    void linesOutsideTheClipAreNotDrawn()
    {
        SpanOcclusion occlusion;
        occlusion.reset(QRect(0, 10, 10, 10));
        std::vector<QLine> out;
        occlusion.add(QLine(2, 0, 2, 5), out);     // above the clip
        QVERIFY(out.empty());
        occlusion.add(QLine(2, 5, 2, 30), out);    // through it: only its rows inside
        QCOMPARE(out.size(), std::size_t(1));
        QCOMPARE(out[0], QLine(2, 10, 2, 19));
    }
};

PS_TEST(SpanOcclusionTest)
#include "tst_spanocclusion.moc"
