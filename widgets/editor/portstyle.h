#pragma once

#include <QColor>
#include <QString>

namespace ps {

struct PortSpec;

// How a port looks: a colour per type family and a shape per kind (values round, files
// square), so a user sees at a glance which ports can meet.
class PortStyle
{
public:
    static QColor colour(const PortSpec *port);
    static bool isSquare(const PortSpec *port);
    // "name: Type (file)" for the hover tip.
    static QString tooltip(const QString &name, const PortSpec *port);
};

} // namespace ps
