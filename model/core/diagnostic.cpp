#include "diagnostic.h"

#include <algorithm>

namespace ps {

QString Diagnostic::toString(const QString &fallbackFile) const
{
    const QString file = location.file.isEmpty() ? fallbackFile : location.file;
    QString where = file;
    if (location.line > 0) {
        where += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            where += QLatin1Char(':') + QString::number(location.column);
    }
    // The severity word is part of a machine-readable convention (like gcc's), not translated.
    const char *word = severity == Severity::Error     ? "error"
                       : severity == Severity::Warning ? "warning"
                                                       : "note";
    QString text = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    text += QLatin1String(word) + QStringLiteral(": ");
    if (!taskName.isEmpty())
        text += QStringLiteral("task '%1': ").arg(taskName);
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace ps
