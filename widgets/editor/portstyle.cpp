#include "portstyle.h"

#include "portspec.h"

#include <QCoreApplication>

namespace ps {

QColor PortStyle::colour(const PortSpec *port)
{
    if (!port)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (port->type.kind()) {
    case TypeSpec::Kind::String: return QColor(0x43, 0xa0, 0x47);
    case TypeSpec::Kind::Integer: return QColor(0x1e, 0x88, 0xe5);
    case TypeSpec::Kind::Double: return QColor(0x00, 0xac, 0xc1);
    case TypeSpec::Kind::Boolean: return QColor(0xe5, 0x39, 0x35);
    case TypeSpec::Kind::List: return QColor(0x8e, 0x24, 0xaa);
    case TypeSpec::Kind::Struct: return QColor(0x6d, 0x4c, 0x41);
    case TypeSpec::Kind::TaskFinalStatus: return QColor(0x54, 0x6e, 0x7a);
    case TypeSpec::Kind::Artifact:
    case TypeSpec::Kind::Named: return QColor(0xfb, 0x8c, 0x00);
    case TypeSpec::Kind::Any: break;
    }
    return port->artifact ? QColor(0xfb, 0x8c, 0x00) : QColor(0x75, 0x75, 0x75);
}

bool PortStyle::isSquare(const PortSpec *port)
{
    return port && port->artifact;
}

QString PortStyle::tooltip(const QString &name, const PortSpec *port)
{
    if (!port)
        return QCoreApplication::translate("PortStyle", "%1 (not declared by the component)").arg(name);
    const QString type = port->type.displayName();
    QString text = port->artifact ? QCoreApplication::translate("PortStyle", "%1: %2 (file)").arg(name, type)
                                  : QCoreApplication::translate("PortStyle", "%1: %2").arg(name, type);
    if (!port->description.isEmpty())
        text += QLatin1Char('\n') + port->description;
    return text;
}

} // namespace ps
