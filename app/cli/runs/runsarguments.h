#pragma once

#include <QMap>
#include <QStringList>

namespace ps {

// The arguments of one `pstudio runs` subcommand, read against what it takes: positional
// values in order, flags, and options with a value (once, or repeated).
class RunsArguments
{
public:
    struct Spec {
        QStringList required;   // positional, in order: "RUN"
        QStringList optional;   // positional after them: "TASK"
        QStringList flags;      // "--json", "--follow"
        QStringList options;    // take one value: "--status", "--grep"
        QStringList repeated;   // take a value each time they appear: "--param"
    };

    // Reads `args` (without the subcommand's name); the complaint for people, or "".
    // Short forms: -f (--follow), -p (--param).
    QString parse(const Spec &spec, const QStringList &args);

    // The positional value at `index`, or "" when not given.
    QString positional(qsizetype index) const { return m_positional.value(index); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QStringList m_flags;
    QMap<QString, QStringList> m_values;
};

} // namespace ps
