#pragma once

// Timing shared by the benchmarks: the median of a few runs, in milliseconds.
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

template <typename F>
double medianMs(F &&f, int repeats = 5)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
