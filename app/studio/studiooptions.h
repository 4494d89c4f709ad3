#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

class QCoreApplication;

namespace ps {

// The GUI's command line: its options, and the part that needs no display. `--help`,
// `--version` and a mistyped option are answered through a QCoreApplication before any
// window system is touched, so they work on a console, over ssh and for help2man.
class StudioOptions
{
public:
    StudioOptions();

    // When the arguments ask for help or the version, or are wrong: prints that through a
    // QCoreApplication and returns the exit code. Otherwise returns -1 and nothing happened.
    // `prepare` runs once the QCoreApplication exists (names, translators).
    static int answerWithoutDisplay(int &argc, char **argv, void (*prepare)());
    // Parses for real once the QApplication exists (its own arguments, translated help).
    void process(const QCoreApplication &app);

    QCommandLineParser parser;
    const QCommandLineOption screenshot;
    const QCommandLineOption example;
    const QCommandLineOption verbose;
    const QCommandLineOption openRun;
    const QCommandLineOption theme;

private:
    static QStringList argumentsOf(int argc, char **argv);
};

} // namespace ps
