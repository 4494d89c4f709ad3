#pragma once

#include "backendresult.h"
#include "commandarg.h"
#include "placeholdertext.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace ps {

// A component's command line as the strings to run: placeholders become input values and
// file paths, IfPresent picks its branch, literals have their {{…}} references filled in.
class CommandLineRenderer
{
public:
    std::function<std::optional<QString>(const QString &port)> inputValue;  // nothing: input absent
    std::function<QString(const QString &port)> inputPath;
    std::function<QString(const QString &port)> outputPath;
    PlaceholderText::Lookup lookup;

    BackendResult<QStringList> render(const CommandLine &line) const;

private:
    QString renderOne(const CommandArg &arg, QString *error) const;
    void append(const CommandArg &arg, QStringList *out, QString *error) const;
};

} // namespace ps
