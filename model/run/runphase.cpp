#include "runphase.h"

#include <array>

namespace ps {

namespace {

constexpr std::array<const char16_t *, 5> kRunNames{u"Pending", u"Running", u"Succeeded", u"Failed", u"Error"};
constexpr std::array<const char16_t *, 8> kTaskNames{u"Pending", u"Running", u"Succeeded", u"Failed",
                                                     u"Error",   u"Skipped", u"Omitted",   u"Cached"};

template<typename Phase, std::size_t N>
std::optional<Phase> fromName(const std::array<const char16_t *, N> &names, const QString &text)
{
    for (std::size_t i = 0; i < N; ++i)
        if (text.compare(QString::fromUtf16(names[i]), Qt::CaseInsensitive) == 0)
            return Phase(i);
    return std::nullopt;
}

} // namespace

QString toString(RunPhase phase) { return QString::fromUtf16(kRunNames[std::size_t(phase)]); }
QString toString(TaskPhase phase) { return QString::fromUtf16(kTaskNames[std::size_t(phase)]); }
std::optional<RunPhase> runPhaseFromString(const QString &text) { return fromName<RunPhase>(kRunNames, text); }
std::optional<TaskPhase> taskPhaseFromString(const QString &text) { return fromName<TaskPhase>(kTaskNames, text); }

bool isFinished(RunPhase phase) { return phase != RunPhase::Pending && phase != RunPhase::Running; }
bool isFinished(TaskPhase phase) { return phase != TaskPhase::Pending && phase != TaskPhase::Running; }
bool isSuccessful(TaskPhase phase)
{
    return phase == TaskPhase::Succeeded || phase == TaskPhase::Skipped || phase == TaskPhase::Cached;
}

} // namespace ps
