#pragma once

#include <QString>

#include <optional>

class QSettings;

namespace ps {

// What compute costs, as the user sets it (Settings ▸ Prices): per CPU core-hour, per GiB of
// memory per hour, per GPU-hour. Unset by default: then no cost is shown anywhere.
struct Prices {
    std::optional<double> cpuHour;
    std::optional<double> gibHour;
    std::optional<double> gpuHour;
    QString currency;          // shown after amounts, e.g. "EUR" or "$"; may be empty

    bool isEmpty() const { return !cpuHour && !gibHour && !gpuHour; }
    // Under "prices/" in the application's settings.
    static Prices load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const Prices &) const = default;
};

} // namespace ps
