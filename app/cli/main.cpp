// pstudio: the command-line face of Pipeline Studio. Thin: parse arguments, call the model.
#include "apptranslations.h"
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pstudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("PipelineStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    new ps::AppTranslations(&app);
    return ps::CliCommands::run(QCoreApplication::arguments());
}
