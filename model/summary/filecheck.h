#pragma once

#include "loadedfile.h"

namespace ps {

// Reads a file of any supported format and validates what it holds: what
// `pstudio validate` reports and the editor shows when a file is opened.
struct FileCheck {
    enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2 };

    LoadedFile file;
    Diagnostics diagnostics;   // reading's and validation's, in that order
    ExitCode exitCode = Unreadable;

    static FileCheck run(const QString &path);
    static FileCheck run(LoadedFile loaded);
};

} // namespace ps
