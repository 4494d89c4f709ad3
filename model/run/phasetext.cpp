#include "phasetext.h"

#include <QCoreApplication>

namespace ps {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhaseText)
};
} // namespace

QString PhaseText::title(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Pending: return Tr::tr("Pending");
    case TaskPhase::Running: return Tr::tr("Running");
    case TaskPhase::Succeeded: return Tr::tr("Succeeded");
    case TaskPhase::Failed: return Tr::tr("Failed");
    case TaskPhase::Error: return Tr::tr("Error");
    case TaskPhase::Skipped: return Tr::tr("Skipped");
    case TaskPhase::Omitted: return Tr::tr("Omitted");
    case TaskPhase::Cached: return Tr::tr("Cached");
    }
    return {};
}

QString PhaseText::title(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Pending: return Tr::tr("Pending");
    case RunPhase::Running: return Tr::tr("Running");
    case RunPhase::Succeeded: return Tr::tr("Succeeded");
    case RunPhase::Failed: return Tr::tr("Failed");
    case RunPhase::Error: return Tr::tr("Error");
    }
    return {};
}

QString PhaseText::word(TaskPhase phase)
{
    switch (phase) {
    case TaskPhase::Pending: return Tr::tr("pending");
    case TaskPhase::Running: return Tr::tr("running");
    case TaskPhase::Succeeded: return Tr::tr("succeeded");
    case TaskPhase::Failed: return Tr::tr("failed");
    case TaskPhase::Error: return Tr::tr("error");
    case TaskPhase::Skipped: return Tr::tr("skipped");
    case TaskPhase::Omitted: return Tr::tr("omitted");
    case TaskPhase::Cached: return Tr::tr("cached");
    }
    return {};
}

} // namespace ps
