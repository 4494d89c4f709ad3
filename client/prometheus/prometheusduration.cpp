#include "prometheusduration.h"

#include <QString>

#include <array>

namespace ps {

namespace {

struct Unit {
    const char16_t *name;
    qint64 milliseconds;
};

// Longest suffix first where one is the start of another ("ms" before "m").
constexpr std::array<Unit, 7> kUnits{{{u"y", 365LL * 24 * 3600 * 1000},
                                      {u"w", 7LL * 24 * 3600 * 1000},
                                      {u"d", 24LL * 3600 * 1000},
                                      {u"h", 3600LL * 1000},
                                      {u"m", 60LL * 1000},
                                      {u"s", 1000},
                                      {u"ms", 1}}};

int unitIndex(QStringView text, qsizetype at, qsizetype *length)
{
    if (text.mid(at).startsWith(u"ms")) {
        *length = 2;
        return 6;
    }
    for (int i = 0; i < 6; ++i) {
        if (text.mid(at).startsWith(QStringView(kUnits[size_t(i)].name))) {
            *length = 1;
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<std::chrono::milliseconds> PrometheusDuration::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber)
        return seconds >= 0 && seconds < 1e12 ? std::optional(std::chrono::milliseconds(qint64(seconds * 1000 + 0.5)))
                                              : std::nullopt;
    qint64 total = 0;
    int lastUnit = -1;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype digitsStart = at;
        while (at < text.size() && text[at].isDigit())
            ++at;
        if (at == digitsStart || at - digitsStart > 12)
            return std::nullopt;
        const qint64 amount = text.mid(digitsStart, at - digitsStart).toLongLong();
        qsizetype length = 0;
        const int unit = unitIndex(text, at, &length);
        if (unit <= lastUnit) // unknown, repeated or out of order
            return std::nullopt;
        total += amount * kUnits[size_t(unit)].milliseconds;
        lastUnit = unit;
        at += length;
    }
    return std::chrono::milliseconds(total);
}

QString PrometheusDuration::format(std::chrono::milliseconds duration)
{
    qint64 rest = duration.count();
    if (rest <= 0)
        return QStringLiteral("0s");
    QString out;
    for (const Unit &unit : kUnits) {
        if (rest >= unit.milliseconds) {
            out += QString::number(rest / unit.milliseconds) + QString::fromUtf16(unit.name);
            rest %= unit.milliseconds;
        }
    }
    return out;
}

} // namespace ps
