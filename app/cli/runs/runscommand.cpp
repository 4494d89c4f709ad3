#include "runscommand.h"

#include "cliconnection.h"
#include "runbackend.h"
#include "runssession.h"
#include "runssubcommands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

} // namespace

QString RunsCommand::usage()
{
    QString text = Tr::tr("usage: pstudio runs SUBCOMMAND [ARGUMENTS] %1").arg(CliConnection::usage(true)) + u'\n';
    for (const RunsSubcommand &c : RunsSubcommands::all())
        text += QStringLiteral("  pstudio runs %1\n      %2\n").arg(c.synopsis, c.summary);
    text += Tr::tr("Without --to: the local engine's runs (in --workdir, or where `pstudio run` keeps them).\n"
                   "Exit 0 done, 1 refused or failed, 2 bad arguments.");
    return text;
}

int RunsCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || arguments.front() == u"--help" || arguments.front() == u"-h" || arguments.front() == u"help") {
        (arguments.isEmpty() ? err : out) << usage() << Qt::endl;
        return arguments.isEmpty() ? 2 : 0;
    }
    const RunsSubcommand *command = RunsSubcommands::find(arguments.front());
    if (!command) {
        err << Tr::tr("pstudio runs: unknown subcommand '%1'").arg(arguments.front()) << Qt::endl << usage() << Qt::endl;
        return 2;
    }
    QStringList rest = arguments.mid(1);
    CliConnection::Options options;
    RunsArguments args;
    QString error = CliConnection::take(&rest, &options);
    if (error.isEmpty())
        error = CliConnection::check(options, true);
    if (error.isEmpty())
        error = args.parse(command->arguments, rest);
    if (!error.isEmpty()) {
        err << error << Qt::endl << Tr::tr("usage: pstudio runs %1 %2").arg(command->synopsis, CliConnection::usage(true)) << Qt::endl;
        return 2;
    }
    CliConnection connection;
    const BackendResult<RunBackend *> opened = connection.open(options, err);
    if (!opened.ok()) {
        err << opened.error << Qt::endl;
        return 2;
    }
    RunsSession session(*opened.value, args, out, err, options.local());
    if (command->needsRuns && !session.waitForRuns())
        return 1;
    return command->run(session);
}

} // namespace ps
