#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QTextStream;

namespace ps {

// `pstudio query --prometheus URL [--range DURATION [--step DURATION]] [--json] EXPR`:
// an instant query, or a range query ending now, printed as a table or as JSON. A token,
// when needed, comes from $PSTUDIO_PROMETHEUS_TOKEN (never the command line, which
// other users can read). Exit codes: 0 printed, 1 Prometheus refused or did not answer,
// 2 usage. The CLI's `query` subcommand is this and nothing else.
class PrometheusQueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusQueryCommand)

public:
    struct Options {
        QUrl url;
        QString expression;
        std::optional<std::chrono::milliseconds> range;
        std::optional<std::chrono::milliseconds> step;
        bool json = false;
    };

    // The options, or a message saying what is wrong with the arguments.
    static std::optional<Options> parse(const QStringList &arguments, QString *problem);
    // Runs the query in an event loop of its own; for the CLI, never the GUI.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace ps
