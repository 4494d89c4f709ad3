// Redrawing a chart of 100 series × 10,000 points into an offscreen image: our decimating
// painter (SeriesPainter: per pixel column first/min/max/last, then QPainter polylines)
// against the same data handed to QtCharts undecimated (the baseline). Budget: 16 ms.
#include "benchtiming.h"
#include "seriespainter.h"
#include "seriesstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#ifdef PS_HAVE_QTCHARTS
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr int kSeries = 100;
constexpr int kPoints = 10000;
constexpr int kWidth = 1200;
constexpr int kHeight = 600;
constexpr double kStart = 1700000000;

// `noise`: sample-to-sample jitter in % of the axis (CPU series jitter; 0 is a smooth line).
QList<ps::MetricSeries> makeSeries(int noise)
{
    QList<ps::MetricSeries> all;
    for (int s = 0; s < kSeries; ++s) {
        ps::MetricSeries series;
        series.labels.insert(QStringLiteral("task"), QStringLiteral("task-%1").arg(s));
        series.points.reserve(kPoints);
        for (int p = 0; p < kPoints; ++p)
            series.points.append(QPointF(kStart + p, 50 + 40 * std::sin(p * 0.01 + s) + (noise > 0 ? (p * 7919 + s) % noise : 0)));
        all.append(series);
    }
    return all;
}


void print(const char *metric, double value, double baseline)
{
    std::printf("{\"bench\":\"chart-100x10000\",\"metric\":\"%s\",\"value\":%.2f,\"unit\":\"ms\","
                "\"baseline\":%.2f,\"ratio\":%.3f}\n",
                metric, value, baseline, baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

#ifdef PS_HAVE_QTCHARTS
double qtChartsRedrawMs(const QList<ps::MetricSeries> &data)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setRange(kStart, kStart + kPoints);
    y->setRange(0, 110);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const ps::MetricSeries &s : data) {
        auto *line = new QLineSeries;
        line->replace(s.points);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    QChartView view(chart);
    view.resize(kWidth, kHeight);
    view.show();
    QApplication::processEvents();
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const auto redraw = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->scene()->render(&painter);
    };
    redraw(); // layout and first geometry update
    return medianMs(redraw, 5);
}
#endif

void run(int noise);

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int noise : {13, 0})
        run(noise);
    return 0;
}

namespace {

void run(int noise)
{
    const QList<ps::MetricSeries> data = makeSeries(noise);
    ps::SeriesStore store;
    store.setSeries(data, QStringLiteral("task"));

    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const QRectF plot(60, 10, kWidth - 70, kHeight - 40);
    const QRectF range(kStart, 0, kPoints, 110);
    const auto redraw = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        ps::SeriesPainter::paint(painter, store, plot, range, 5);
    };
    redraw();
    const double ours = medianMs(redraw, 15);

    // A naive painter: every sample drawn, no decimation (what a chart does without it).
    const auto naive = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setClipRect(plot);
        for (const ps::MetricSeries &s : data) {
            QPolygonF line;
            line.reserve(s.points.size());
            for (const QPointF &p : s.points)
                line.append(QPointF(plot.left() + (p.x() - range.left()) / range.width() * plot.width(),
                                    plot.bottom() - p.y() / range.height() * plot.height()));
            painter.drawPolyline(line);
        }
    };
    const double undecimated = medianMs(naive, 5);
#ifdef PS_HAVE_QTCHARTS
    const double qtCharts = qtChartsRedrawMs(data);
    print(noise ? "noisy-redraw-decimated-qpainter-vs-qtcharts" : "smooth-redraw-decimated-qpainter-vs-qtcharts", ours, qtCharts);
#else
    std::fprintf(stderr, "chart bench: built without QtCharts; no QtCharts baseline\n");
#endif
    print(noise ? "noisy-redraw-decimated-qpainter-vs-undecimated-qpainter"
                : "smooth-redraw-decimated-qpainter-vs-undecimated-qpainter", ours, undecimated);
    if (ours >= 16)
        std::fprintf(stderr, "chart bench: over the 16 ms budget\n");
    image.save(QStringLiteral("chart-bench-%1.png").arg(noise));
}

} // namespace
