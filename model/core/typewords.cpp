#include "typewords.h"

namespace ps {

QString TypeWords::of(const TypeSpec &type)
{
    switch (type.kind()) {
    case TypeSpec::Kind::Any: return tr("any value");
    case TypeSpec::Kind::String: return tr("text");
    case TypeSpec::Kind::Integer: return tr("whole number");
    case TypeSpec::Kind::Double: return tr("decimal number");
    case TypeSpec::Kind::Boolean: return tr("yes or no");
    case TypeSpec::Kind::List: return tr("list, as JSON");
    case TypeSpec::Kind::Struct: return tr("object, as JSON");
    case TypeSpec::Kind::TaskFinalStatus: return tr("task status");
    case TypeSpec::Kind::Artifact:
        return type.isList() ? tr("list of %1 files", "artifact type").arg(type.displayName().section(u' ', -1))
                             : tr("%1 file", "artifact type").arg(type.displayName());
    case TypeSpec::Kind::Named: return type.name();
    }
    return {};
}

} // namespace ps
