#include "resourcequantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ResourceQuantity)
};

constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kGiB = kMiB * 1024.0;

double suffixFactor(const QString &suffix)
{
    static const QHash<QString, double> factors{
        {QStringLiteral("m"), 1e-3},         {QStringLiteral("k"), 1e3},          {QStringLiteral("M"), 1e6},
        {QStringLiteral("G"), 1e9},          {QStringLiteral("T"), 1e12},         {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18},         {QStringLiteral("Ki"), 1024.0},      {QStringLiteral("Mi"), kMiB},
        {QStringLiteral("Gi"), kGiB},        {QStringLiteral("Ti"), kGiB * 1024}, {QStringLiteral("Pi"), kGiB * 1024 * 1024},
        {QStringLiteral("Ei"), kGiB * 1024 * 1024 * 1024}};
    return factors.value(suffix, 1.0);
}

} // namespace

std::optional<double> ResourceQuantity::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+(?:\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const QString suffix = match.captured(2);
    if (suffix.startsWith(u'e') || suffix.startsWith(u'E')) {
        const double value = QString(match.captured(1) + suffix).toDouble(&ok);
        return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    const double value = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double scaled = value * suffixFactor(suffix);
    return std::isfinite(scaled) ? std::optional<double>(scaled) : std::nullopt;
}

std::optional<qint64> ResourceQuantity::bytes(const QString &text)
{
    const std::optional<double> value = parse(text);
    if (!value || *value > 9.0e18)
        return std::nullopt;
    return qint64(std::ceil(*value));
}

QString ResourceQuantity::cpuText(double cores)
{
    const qint64 millis = std::max<qint64>(1, qint64(std::ceil(cores * 1000.0 - 1e-6)));
    if (millis % 1000 == 0)
        return QString::number(millis / 1000);
    return QStringLiteral("%1m").arg(millis);
}

QString ResourceQuantity::memoryText(qint64 bytes)
{
    const qint64 mib = std::max<qint64>(1, qint64(std::ceil(double(bytes) / kMiB - 1e-9)));
    if (mib % 1024 == 0)
        return QStringLiteral("%1Gi").arg(mib / 1024);
    return QStringLiteral("%1Mi").arg(mib);
}

QString ResourceQuantity::coresForPeople(double cores)
{
    return Tr::tr("%1 cores").arg(QString::number(cores, 'g', cores < 10 ? 2 : 3));
}

QString ResourceQuantity::bytesForPeople(qint64 bytes)
{
    const double b = double(bytes);
    if (b >= kGiB)
        return Tr::tr("%1 GiB").arg(QString::number(b / kGiB, 'f', 1));
    if (b >= kMiB)
        return Tr::tr("%1 MiB").arg(QString::number(b / kMiB, 'f', 0));
    return Tr::tr("%1 KiB").arg(QString::number(b / 1024.0, 'f', 0));
}

} // namespace ps
