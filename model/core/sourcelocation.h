#pragma once

#include <QString>

namespace ps {

// Where something was read from. Line and column are 1-based; 0 means unknown.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;

    bool isKnown() const { return line > 0; }
    bool operator==(const SourceLocation &) const = default;
};

} // namespace ps
