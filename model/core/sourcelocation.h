#pragma once

#include <QString>

namespace ps {

// Where something was read from. Line and column are 1-based; 0 means unknown.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;

    bool isKnown() const { return line > 0; }
    // Where a thing was read from is not part of its value: a task read from a file equals
    // the same task built in memory. Compare the fields to compare places.
    bool operator==(const SourceLocation &) const { return true; }
};

} // namespace ps
