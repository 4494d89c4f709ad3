#include "componentspec.h"

namespace ps {

namespace {
const PortSpec *findPort(const QList<PortSpec> &ports, const QString &name)
{
    for (const PortSpec &p : ports) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}
} // namespace

const PortSpec *ComponentSpec::input(const QString &portName) const
{
    return findPort(inputs, portName);
}

const PortSpec *ComponentSpec::output(const QString &portName) const
{
    return findPort(outputs, portName);
}

} // namespace ps
