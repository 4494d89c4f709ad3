#include "prices.h"

#include <QSettings>

namespace ps {

namespace {

std::optional<double> number(const QSettings &settings, const char *key)
{
    bool ok = false;
    const double v = settings.value(QLatin1String(key)).toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

void put(QSettings &settings, const char *key, const std::optional<double> &value)
{
    if (value)
        settings.setValue(QLatin1String(key), *value);
    else
        settings.remove(QLatin1String(key));
}

} // namespace

Prices Prices::load(const QSettings &settings)
{
    Prices p;
    p.cpuHour = number(settings, "prices/cpuHour");
    p.gibHour = number(settings, "prices/gibHour");
    p.gpuHour = number(settings, "prices/gpuHour");
    p.currency = settings.value(QStringLiteral("prices/currency")).toString();
    return p;
}

void Prices::save(QSettings &settings) const
{
    put(settings, "prices/cpuHour", cpuHour);
    put(settings, "prices/gibHour", gibHour);
    put(settings, "prices/gpuHour", gpuHour);
    settings.setValue(QStringLiteral("prices/currency"), currency);
}

} // namespace ps
