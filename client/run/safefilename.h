#pragma once

#include <QString>

namespace ps {

// A file name for an id from a server (run, node, backend name): letters, digits and -_.
// kept, anything else made '_', and a short hash of the id added so two ids never share a name.
struct SafeFileName {
    static QString of(const QString &id);
};

} // namespace ps
