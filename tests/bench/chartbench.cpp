// Redrawing the chart widget of the resources panel (TimeSeriesChart, through its own
// paintEvent, rendered into an offscreen image) with 100 series × 10,000 points, against the
// same data handed to QtCharts undecimated (the baseline). Budget: 16 ms a frame.
// Four cases, each the median of several frames:
//   full-redraw-new-data   setSeries() with the data again: columns recomputed for every series
//   full-redraw-new-range  the time range moved by a second: columns recomputed for every series
//   legend-toggle-repaint  a click on a legend entry: the series layer is painted again from the
//                          cached columns (only the value scale and rows are recomputed)
//   hover-repaint          a mouse move over the plot: the cached layer plus the marker and tooltip
#include "benchtiming.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
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
#include <functional>
#include <vector>

#include <time.h>

namespace {

constexpr int kSeries = 100;
constexpr int kPoints = 10000;
constexpr int kWidth = 1200;
constexpr int kHeight = 600;
constexpr qint64 kStart = 1700000000;
constexpr double kBudgetMs = 16;
int g_series = kSeries; // in the case being measured

// `noise`: sample-to-sample jitter in % of the axis (CPU series jitter; 0 is a smooth line).
QList<ps::MetricSeries> makeSeries(int noise, int count)
{
    QList<ps::MetricSeries> all;
    for (int s = 0; s < count; ++s) {
        ps::MetricSeries series;
        series.labels.insert(QStringLiteral("task"), QStringLiteral("task-%1").arg(s));
        series.points.reserve(kPoints);
        for (int p = 0; p < kPoints; ++p)
            series.points.append(QPointF(double(kStart + p), 50 + 40 * std::sin(p * 0.01 + s) + (noise > 0 ? (p * 7919 + s) % noise : 0)));
        all.append(series);
    }
    return all;
}

void print(const QString &metric, double value, double baseline, const QString &extra = {})
{
    std::printf("{\"bench\":\"chart-%dx%d\",\"metric\":\"%s\",\"value\":%.2f,\"unit\":\"ms\",\"budget\":%.0f,"
                "\"baseline\":%.2f,\"ratio\":%.3f%s}\n",
                g_series, kPoints, qPrintable(metric), value, kBudgetMs, baseline, baseline > 0 ? value / baseline : 0.0,
                qPrintable(extra));
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
    x->setRange(double(kStart), double(kStart + kPoints));
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

void sendMouse(QWidget &widget, QEvent::Type type, QPoint at)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), QPointF(widget.mapToGlobal(at)), button,
                      type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool g_baseline = true; // --no-baseline: only our chart (for profiling it)

void run(const char *name, int noise, int count = kSeries)
{
    const QList<ps::MetricSeries> data = makeSeries(noise, count);
    g_series = count;
    ps::TimeSeriesChart chart;
    chart.setTitle(QStringLiteral("CPU"));
    chart.setUnit(ps::MetricUnit::Cores);
    chart.resize(kWidth, kHeight);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(kStart);
    chart.setTimeRange(start, start.addSecs(kPoints));
    chart.setSeries(data, QStringLiteral("task"), 1);
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    // Through the widget's own paintEvent, as a repaint of the screen would.
    const auto frame = [&](const std::function<void()> &change) {
        change();
        chart.render(&image);
    };
    chart.render(&image); // first layout and columns

    // Per case: the median frame's wall-clock and CPU time (the machine is shared: the CPU
    // time is what the frame costs without waiting for a core), and how many series were
    // decimated per frame.
    const auto measure = [&](const QString &metric, const std::function<void()> &change, double baseline) {
        const quint64 before = chart.decimations();
        constexpr int frames = 15;
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            frame(change);
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
        }
        const double ms = median(wall);
        const double perFrame = double(chart.decimations() - before) / frames;
        print(QStringLiteral("%1-%2").arg(QLatin1String(name), metric), ms, baseline,
              QStringLiteral(",\"cpu_ms\":%1,\"series_decimated_per_frame\":%2,\"widget_width\":%3,\"widget_height\":%4")
                  .arg(median(cpu), 0, 'f', 2)
                  .arg(perFrame)
                  .arg(kWidth)
                  .arg(kHeight));
        if (ms >= kBudgetMs)
            std::fprintf(stderr, "chart bench: %s-%s over the %.0f ms budget\n", name, qPrintable(metric), kBudgetMs);
        return ms;
    };

#ifdef PS_HAVE_QTCHARTS
    const double qtCharts = g_baseline ? qtChartsRedrawMs(data) : 0;
#else
    const double qtCharts = 0;
    std::fprintf(stderr, "chart bench: built without QtCharts; no QtCharts baseline\n");
#endif
    measure(QStringLiteral("full-redraw-new-data"), [&] { chart.setSeries(data, QStringLiteral("task"), 1); }, qtCharts);
    int shift = 0;
    measure(QStringLiteral("full-redraw-new-range"), [&] {
        shift = 1 - shift;
        chart.setTimeRange(start.addSecs(shift), start.addSecs(kPoints + shift));
    }, qtCharts);
    chart.setTimeRange(start, start.addSecs(kPoints));
    chart.render(&image);
    const QPoint legend = chart.legendItemRect(0).center();
    measure(QStringLiteral("legend-toggle-repaint"), [&] {
        sendMouse(chart, QEvent::MouseButtonPress, legend);
        sendMouse(chart, QEvent::MouseButtonRelease, legend);
    }, qtCharts);
    if (!chart.store().isVisible(0)) { // an odd number of clicks: show it again
        sendMouse(chart, QEvent::MouseButtonPress, legend);
        sendMouse(chart, QEvent::MouseButtonRelease, legend);
    }
    int x = 0;
    measure(QStringLiteral("hover-repaint"), [&] {
        x = (x + 37) % 800;
        sendMouse(chart, QEvent::MouseMove, QPoint(200 + x, 150));
    }, qtCharts);
    chart.render(&image);
    image.save(QStringLiteral("chart-bench-%1.png").arg(QLatin1String(name)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    g_baseline = !QApplication::arguments().contains(QStringLiteral("--no-baseline"));
    run("noisy", 13);
    run("smooth", 0);
    // Fewer series: 20 dense ones are still drawn as envelopes; 4 are drawn antialiased, as
    // polylines (the other way of painting, for charts that are light to draw).
    run("noisy-20-series", 13, 20);
    run("noisy-4-series", 13, 4);
    return 0;
}
