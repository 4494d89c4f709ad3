#include "metricunit.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ps {

QString MetricFormat::number(double value, int significant)
{
    if (std::isnan(value))
        return tr("NaN");
    if (std::isinf(value))
        return value > 0 ? tr("+Inf") : tr("−Inf");
    if (value == 0)
        return QStringLiteral("0");
    const int digits = int(std::floor(std::log10(std::abs(value)))) + 1;
    const int decimals = std::clamp(significant - digits, 0, 9);
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().at(0);
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString MetricFormat::format(double value, MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Cores:
        return tr("%1 cores").arg(number(value));
    case MetricUnit::Percent:
        return tr("%1 %").arg(number(value));
    case MetricUnit::Number:
        return number(value);
    case MetricUnit::Bytes:
        break;
    }
    if (!std::isfinite(value))
        return number(value);
    static const char *const units[] = {QT_TR_NOOP("%1 B"), QT_TR_NOOP("%1 KiB"), QT_TR_NOOP("%1 MiB"),
                                        QT_TR_NOOP("%1 GiB"), QT_TR_NOOP("%1 TiB"), QT_TR_NOOP("%1 PiB")};
    int index = 0;
    double scaled = value;
    while (std::abs(scaled) >= 1024 && index < 5) {
        scaled /= 1024;
        ++index;
    }
    return tr(units[index]).arg(number(scaled));
}

QString MetricFormat::unitName(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Cores:
        return tr("cores");
    case MetricUnit::Bytes:
        return tr("bytes");
    case MetricUnit::Percent:
        return tr("%");
    case MetricUnit::Number:
        break;
    }
    return {};
}

} // namespace ps
