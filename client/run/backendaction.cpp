#include "backendaction.h"

#include <QCoreApplication>

namespace ps {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackendAction)
};
} // namespace

QString BackendAction::verb() const
{
    switch (kind) {
    case Kind::Submit: return Tr::tr("submit", "action on a run");
    case Kind::Cancel: return Tr::tr("cancel", "action on a run");
    case Kind::Stop: return Tr::tr("stop", "action on a run");
    case Kind::Suspend: return Tr::tr("suspend", "action on a run");
    case Kind::Resume: return Tr::tr("resume", "action on a run");
    case Kind::Retry: return Tr::tr("retry", "action on a run");
    case Kind::Resubmit: return Tr::tr("resubmit", "action on a run");
    case Kind::Delete: return Tr::tr("delete", "action on a run");
    case Kind::CreateSchedule: return Tr::tr("create schedule", "action");
    case Kind::SuspendSchedule: return Tr::tr("suspend schedule", "action");
    case Kind::ResumeSchedule: return Tr::tr("resume schedule", "action");
    case Kind::DeleteSchedule: return Tr::tr("delete schedule", "action");
    case Kind::PublishTemplate: return Tr::tr("publish template", "action");
    }
    return {};
}

} // namespace ps
