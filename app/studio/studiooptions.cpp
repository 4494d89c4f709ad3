#include "studiooptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace ps {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StudioApp", text);
}

} // namespace

StudioOptions::StudioOptions()
    : screenshot(QStringLiteral("screenshot"), tr("Write a PNG of the main window to FILE and exit (without a display, "
                                                    "on Qt's offscreen platform)."),
                 QStringLiteral("FILE"))
    , example(QStringLiteral("example"), tr("Open the bundled example NAME (e.g. iris-two-models)."), QStringLiteral("NAME"))
    , verbose(QStringLiteral("verbose"), tr("Log debug messages."))
    , openRun(QStringLiteral("open-run"),
              tr("Show run ID of the local engine's history in the run panels (\"latest\": the newest run)."),
              QStringLiteral("ID"))
    , theme(QStringLiteral("theme"), tr("Colours for this start: light, dark or system (follow the desktop). View ▸ Theme remembers a choice."),
            QStringLiteral("THEME"))
{
    parser.setApplicationDescription(tr("Design, run and watch ML pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({screenshot, example, verbose, openRun, theme});
    parser.addPositionalArgument(QStringLiteral("file"), tr("Pipeline or component to open."));
}

QStringList StudioOptions::argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

int StudioOptions::answerWithoutDisplay(int &argc, char **argv, void (*prepare)())
{
    // A throw-away parser: the real one is processed once with the QApplication.
    StudioOptions probe;
    const bool parsed = probe.parser.parse(argumentsOf(argc, argv));
    const QString themeName = probe.parser.value(probe.theme);
    const bool badTheme = parsed && probe.parser.isSet(probe.theme) && themeName != u"light" && themeName != u"dark"
                          && themeName != u"system";
    const bool answer = !parsed || badTheme || probe.parser.isSet(QStringLiteral("help")) || probe.parser.isSet(QStringLiteral("version"))
                        || probe.parser.isSet(QStringLiteral("help-all"));
    if (!answer)
        return -1;
    QCoreApplication app(argc, argv);
    prepare();
    if (badTheme) {
        QTextStream(stderr) << tr("pipeline-studio: --theme takes light, dark or system, not \"%1\"").arg(themeName) << Qt::endl;
        return 2;
    }
    // Prints help, the version or the parse error and exits the process; built again now
    // that the translators are installed.
    StudioOptions options;
    options.parser.process(app);
    return 0;
}

void StudioOptions::process(const QCoreApplication &app)
{
    parser.process(app);
}

} // namespace ps
