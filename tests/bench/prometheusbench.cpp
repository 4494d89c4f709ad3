// Parsing a 50 MB query_range answer: our parser into plain values against a plain
// nlohmann_json parse of the same bytes, and how long the GUI thread's event loop stalls
// while PrometheusClient's way (the thread pool) parses it.
#include "prometheusparser.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray rangeAnswer(int seriesCount, int pointCount)
{
    QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (int s = 0; s < seriesCount; ++s) {
        body += s ? "," : "";
        body += "{\"metric\":{\"__name__\":\"pstudio_task_cpu_seconds_total\",\"run\":\"r1\",\"task\":\"t"
              + QByteArray::number(s) + "\"},\"values\":[";
        for (int p = 0; p < pointCount; ++p) {
            body += p ? "," : "";
            body += "[" + QByteArray::number(1700000000.0 + p * 0.5, 'f', 3) + ",\""
                  + QByteArray::number(0.001 * ((p * 7919 + s) % 100000), 'g', 8) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<class F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const char *metric, double value, const char *unit, double baseline)
{
    std::printf("{\"bench\":\"prometheus-query-range-50MB\",\"metric\":\"%s\",\"value\":%.2f,\"unit\":\"%s\","
                "\"baseline\":%.2f,\"ratio\":%.3f}\n",
                metric, value, unit, baseline, baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

// The longest gap between 1 ms timer ticks on this thread while `parse` runs on the pool.
double eventLoopStallMs(const ps::PrometheusParser::Answer &answer)
{
    QTimer ticker;
    QElapsedTimer sinceTick;
    double longest = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QFutureWatcher<ps::PrometheusResult<ps::PrometheusQueryResult>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    ticker.start(1);
    sinceTick.start();
    watcher.setFuture(QtConcurrent::run([&answer] { return ps::PrometheusParser::query(answer); }));
    QCoreApplication::exec();
    return longest;
}

} // namespace

void runPrometheusBenchmarks()
{
    int argc = 1;
    char name[] = "pstudio-bench";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);

    const QByteArray body = rangeAnswer(100, 19500);
    const ps::PrometheusParser::Answer answer{body, 200, QStringLiteral("bench")};
    std::vector<double> ours;
    std::vector<double> plain;
    qsizetype points = 0;
    for (int i = 0; i < 3; ++i) {
        plain.push_back(timeMs([&] {
            const auto document = nlohmann::json::parse(body.cbegin(), body.cend());
            points += qsizetype(document.size());
        }));
        ours.push_back(timeMs([&] { points += ps::PrometheusParser::query(answer).value.pointCount(); }));
    }
    const double parse = medianOf(ours);
    print("parse-into-series", parse, "ms", medianOf(plain));
    print("gui-thread-stall-while-parsing", eventLoopStallMs(answer), "ms", parse);
    std::fprintf(stderr, "prometheus bench: %.1f MB, %lld values read\n", double(body.size()) / 1e6,
                 static_cast<long long>(points));
}
