#include "cliinputs.h"

#include "filecheck.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ps::cliinputs {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};
} // namespace

std::optional<Pipeline> readPipeline(const QString &file, QTextStream &err)
{
    const FileCheck check = FileCheck::run(file);
    for (const Diagnostic &d : check.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            err << d.toString(file) << Qt::endl;
    if (check.exitCode != FileCheck::Valid)
        return std::nullopt;
    return check.file.asPipeline();
}

QString addParameter(const QString &nameValue, QMap<QString, QString> *parameters)
{
    const qsizetype eq = nameValue.indexOf(u'=');
    if (eq <= 0)
        return Tr::tr("--param takes NAME=VALUE, not '%1'").arg(nameValue);
    parameters->insert(nameValue.left(eq), nameValue.mid(eq + 1));
    return {};
}

} // namespace ps::cliinputs
