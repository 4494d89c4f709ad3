#pragma once

#include "commandarg.h"

#include <QString>

namespace ps {

// A command line as editable text: one item per line, placeholders written
// {{inputValue:x}}, {{inputPath:x}}, {{outputPath:x}}. Structured items (concat, if-present)
// have no line form; `isEditable` tells whether a command line can round-trip.
class CommandLineText
{
public:
    static bool isEditable(const CommandLine &line);
    static QString toText(const CommandLine &line);
    static CommandLine fromText(const QString &text);
};

} // namespace ps
