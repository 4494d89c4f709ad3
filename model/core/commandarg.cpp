#include "commandarg.h"

namespace ps {

void CommandArg::collectPorts(QStringList *inputs, QStringList *outputs) const
{
    switch (kind) {
    case Kind::Literal:
        break;
    case Kind::InputValue:
    case Kind::InputPath:
        inputs->append(text);
        break;
    case Kind::OutputPath:
        outputs->append(text);
        break;
    case Kind::IfPresent:
        inputs->append(text);
        [[fallthrough]];
    case Kind::Concat:
        for (const auto &p : parts)
            p.collectPorts(inputs, outputs);
        for (const auto &p : otherwise)
            p.collectPorts(inputs, outputs);
        break;
    }
}

} // namespace ps
