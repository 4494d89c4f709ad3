#pragma once

#include <QStringList>

namespace ps {

// The subcommands of `pstudio`. Each returns the process exit code:
// 0 success/valid, 1 invalid (diagnostics on stderr), 2 unreadable or usage error.
class CliCommands
{
public:
    static int run(const QStringList &arguments);

private:
    static int validate(const QStringList &args);
    static int inspect(const QStringList &args);
    static int format(const QStringList &args);
    static int exportFile(const QStringList &args);
    static int usage(int code);
};

} // namespace ps
