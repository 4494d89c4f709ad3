#pragma once

#include <QString>

#include <optional>

namespace ps {

// Kubernetes quantities as numbers and back: CPU in cores ("500m" = 0.5), memory in bytes
// ("2Gi", "1G", "1e3"). Reading accepts every form FieldRules::quantity() accepts.
class ResourceQuantity
{
public:
    // The value of `text` in base units (cores, bytes, GPUs); nothing when empty or not a quantity.
    static std::optional<double> parse(const QString &text);
    static std::optional<double> cores(const QString &text) { return parse(text); }
    static std::optional<qint64> bytes(const QString &text);
    // What a person writes in a manifest: 0.25 → "250m", 2 → "2"; at least "1m".
    static QString cpuText(double cores);
    // 600 MiB → "600Mi", 2 GiB → "2Gi"; rounded up to whole MiB.
    static QString memoryText(qint64 bytes);
    // For reading: "0.25 cores", "1.5 GiB", "300 MiB".
    static QString coresForPeople(double cores);
    static QString bytesForPeople(qint64 bytes);
};

} // namespace ps
