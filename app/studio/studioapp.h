#pragma once

#include <QString>
#include <QStringList>

namespace ps {

class LocalBackend;
class MainWindow;

// Parses the GUI's command line and runs it: open a file or a bundled example, or
// (with --screenshot) render the window to a PNG and exit.
class StudioApp
{
public:
    static int run(int argc, char *argv[]);

private:
    // Application names and translators; for the QCoreApplication of --help too.
    static void prepare();
    static bool wantsScreenshot(int argc, char **argv);
    static QString examplePath(const QString &name);
    static void showRun(MainWindow &window, LocalBackend *engine, const QString &runId);
};

} // namespace ps
