#include "seriespainter.h"
#include "testregistry.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ps;

namespace {

constexpr qint64 kStart = 1700000000;

// `count` series of `points` samples, one a second: sine waves with some jitter.
QList<MetricSeries> waves(int count, int points)
{
    QList<MetricSeries> all;
    for (int s = 0; s < count; ++s) {
        MetricSeries series;
        series.labels.insert(QStringLiteral("task"), QStringLiteral("task-%1").arg(s, 3, 10, QLatin1Char('0')));
        for (int p = 0; p < points; ++p)
            series.points.append(QPointF(double(kStart + p), 50 + 40 * std::sin(p * 0.01 + s) + (p * 7919 + s) % 13));
        all.append(series);
    }
    return all;
}

void click(QWidget *widget, QPoint at)
{
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(at), QPointF(widget->mapToGlobal(at)), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
}

void hover(QWidget *widget, QPoint at)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(widget->mapToGlobal(at)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

QImage render(TimeSeriesChart &chart)
{
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    chart.render(&image);
    return image;
}

// Rows of column `x` above `bottom` painted in `colour`.
QList<int> rowsIn(const QImage &image, int x, int bottom, const QColor &colour)
{
    QList<int> rows;
    for (int y = 0; y < bottom; ++y)
        if (image.pixelColor(x, y) == colour)
            rows.append(y);
    return rows;
}

} // namespace

// The chart widget on its own: what a person sees, and that a repaint of the same data does
// not decimate it again.
class TimeSeriesChartTest : public QObject
{
    Q_OBJECT

private slots:
    void shortChartsKeepLabelsApartAndPutTheLegendBeside()
    {
        for (const int height : {110, 150, 400}) {
            TimeSeriesChart chart;
            chart.resize(460, height);
            chart.setTimeRange(QDateTime::fromSecsSinceEpoch(kStart), QDateTime::fromSecsSinceEpoch(kStart + 300));
            chart.setSeries(waves(3, 300));
            const QList<std::pair<QRect, double>> labels = chart.valueLabels();
            QVERIFY(!labels.isEmpty());
            for (qsizetype i = 1; i < labels.size(); ++i)
                QVERIFY2(!labels[i].first.intersects(labels[i - 1].first), qPrintable(QString::number(height)));
            const bool beside = chart.legendItemRect(0).left() > chart.plotRect().right();
            const bool below = chart.legendItemRect(0).top() > chart.plotRect().bottom();
            // A short chart keeps its plot tall by moving the legend beside it; a tall one below.
            QCOMPARE(beside, height < 200);
            QCOMPARE(below, height >= 200);
            QVERIFY(chart.plotRect().height() >= 3 * chart.fontMetrics().height() || height < 120);
        }
    }

    void aRepaintOfTheSameDataReusesItsColumns()
    {
        TimeSeriesChart chart;
        chart.resize(900, 500);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(kStart);
        chart.setTimeRange(start, start.addSecs(5000));
        chart.setSeries(waves(40, 5000), QStringLiteral("task"), 1);
        const QImage first = render(chart);
        // Twice at most: the value axis' new labels may move the plot's left edge.
        const quint64 made = chart.decimations();
        QVERIFY(made == 40 || made == 80);

        // Hover, a legend click, a repaint with nothing changed: the columns are kept.
        hover(&chart, QPoint(400, 100));
        render(chart);
        click(&chart, chart.legendItemRect(0).center());
        const QImage hidden = render(chart);
        QVERIFY(hidden != first);
        click(&chart, chart.legendItemRect(0).center());
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&chart, &leave);
        QCOMPARE(render(chart), first);
        chart.resize(900, 420); // taller or shorter: the same columns, mapped to other rows
        render(chart);
        QCOMPARE(chart.decimations(), made);

        // New data, a new time range, a new width: decimated again (hidden series are not).
        click(&chart, chart.legendItemRect(0).center());
        chart.setSeries(waves(40, 5000), QStringLiteral("task"), 1);
        render(chart);
        QCOMPARE(chart.decimations(), made + 39);
        chart.setTimeRange(start.addSecs(100), start.addSecs(4000));
        render(chart);
        QCOMPARE(chart.decimations(), made + 2 * 39);
        chart.resize(700, 420);
        render(chart);
        QCOMPARE(chart.decimations(), made + 3 * 39);
    }

    // A pod's request and limit are drawn over its usage as lines in the pod's colour: the
    // value axis reaches the limit, the hover names both, and without them the chart is as before.
    void requestsAndLimitsAreDrawnAsLinesOverTheUsage()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(kStart);
        chart.setTimeRange(start, start.addSecs(600));
        chart.setUnit(MetricUnit::Cores);
        const auto constant = [](double value) {
            MetricSeries series;
            series.labels.insert(QStringLiteral("pod"), QStringLiteral("wf-1"));
            for (int t = 0; t <= 600; t += 10)
                series.points.append(QPointF(double(kStart + t), value));
            return series;
        };
        chart.setSeries({constant(0.2)}, QStringLiteral("pod"), 10);
        const QImage before = render(chart);
        chart.setReferenceLines(ReferenceLines::Kind::Request, {constant(0.5)}, QStringLiteral("pod"));
        chart.setReferenceLines(ReferenceLines::Kind::Limit, {constant(2.0)}, QStringLiteral("pod"));
        const QImage image = render(chart);
        // In the pod's colour, three lines one above the other: limit, request, usage.
        const QColor colour = SeriesPainter::colour(chart.store().colourIndex(0));
        QList<int> rows;
        for (int x = 380; x < 420; ++x)
            for (int y : rowsIn(image, x, 360, colour))
                if (!rows.contains(y))
                    rows.append(y);
        std::sort(rows.begin(), rows.end());
        QList<int> groups;
        for (int y : rows)
            if (groups.isEmpty() || y > groups.last() + 3)
                groups.append(y);
            else
                groups.last() = y;
        QCOMPARE(groups.size(), 3);
        // The usage sits at a tenth of the limit's height above the axis: the axis reaches 2 cores.
        const double usageHeight = groups[2] - groups[0];
        QVERIFY2(usageHeight > 100, qPrintable(QString::number(usageHeight)));
        hover(&chart, QPoint(400, 200));
        QVERIFY2(chart.hoverText().contains(QStringLiteral("wf-1 limit: ")), qPrintable(chart.hoverText()));
        QVERIFY2(chart.hoverText().contains(QStringLiteral("wf-1 request: ")), qPrintable(chart.hoverText()));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&chart, &leave);
        chart.clearReferenceLines();
        QCOMPARE(render(chart), before);
    }

    // On a screen with two device pixels per pixel, dense series are decimated per device
    // pixel: their one-device-pixel lines stand side by side, without gaps between them.
    void denseSeriesLeaveNoGapsOnHighDensityScreens()
    {
        QList<MetricSeries> flat;
        for (int s = 0; s < 30; ++s) {
            MetricSeries series;
            series.labels.insert(QStringLiteral("task"), QString::number(s));
            for (int p = 0; p < 10000; ++p)
                series.points.append(QPointF(double(kStart + p), 40 + (p * 7919 + s) % 3));
            flat.append(series);
        }
        SeriesStore store;
        store.setSeries(flat, QStringLiteral("task"));
        QImage image(QSize(400, 200) * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        SeriesPainter series;
        series.paint(painter, store, QRect(10, 10, 380, 180), QRectF(double(kStart), 0, 10000, 100), 5);
        painter.end();
        // Values 40–42 of 100 over 180 pixels: device rows 2 × (190 − 76) − 8 … + 2.
        int gaps = 0;
        for (int x = 2 * 10 + 2; x < 2 * 390 - 2; ++x) {
            bool drawn = false;
            for (int y = 210; y < 236 && !drawn; ++y)
                drawn = image.pixelColor(x, y) != QColor(Qt::white);
            gaps += !drawn;
        }
        QCOMPARE(gaps, 0);
    }

    // Many series: the one drawn last is on top, and a one-sample spike still reaches the top.
    void manySeriesShowTheLastOnTopAndEverySpike()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(kStart);
        chart.setTimeRange(start, start.addSecs(10000));
        QList<MetricSeries> flat;
        for (int s = 0; s < 30; ++s) {
            MetricSeries series;
            series.labels.insert(QStringLiteral("task"), QStringLiteral("t%1").arg(s, 2, 10, QLatin1Char('0')));
            for (int p = 0; p < 10000; ++p)
                series.points.append(QPointF(double(kStart + p), s == 7 && p == 5003 ? 100.0 : 40.0));
            flat.append(series);
        }
        chart.setSeries(flat, QStringLiteral("task"), 1);
        QVERIFY(chart.store().size() > SeriesPainter::kSmoothSeries); // drawn as envelopes
        const QImage image = render(chart);
        const QColor last = SeriesPainter::colour(chart.store().colourIndex(29));
        const QColor spiky = SeriesPainter::colour(chart.store().colourIndex(7));
        QCOMPARE(chart.store().name(7), QStringLiteral("t07"));
        const int plotBottom = chart.legendItemRect(0).top() - chart.fontMetrics().height();
        // Left of the spike, the shared flat line shows in the colour of the last series.
        const QList<int> line = rowsIn(image, 200, plotBottom, last);
        QCOMPARE(line.size(), 1);
        // Where the spike is, series 7's colour climbs from the line to the axis' top (100).
        int spikeColumn = -1;
        for (int c = 300; c < 500 && spikeColumn < 0; ++c)
            if (rowsIn(image, c, plotBottom, spiky).size() > 20)
                spikeColumn = c;
        QVERIFY2(spikeColumn > 0, "the spike of one sample among 12 per pixel is not drawn");
        const QList<int> spike = rowsIn(image, spikeColumn, plotBottom, spiky);
        QVERIFY(spike.first() < line.first() - 100);
        QVERIFY(spike.last() >= line.first() - 1);
    }
};

PS_TEST(TimeSeriesChartTest)
#include "tst_timeserieschart.moc"
