#include "runsarguments.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pstudio)
};

QString longForm(const QString &a)
{
    if (a == u"-f")
        return QStringLiteral("--follow");
    if (a == u"-p")
        return QStringLiteral("--param");
    return a;
}

} // namespace

QString RunsArguments::parse(const Spec &spec, const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = longForm(args[i]);
        if (spec.flags.contains(a)) {
            m_flags.append(a);
            continue;
        }
        if (spec.options.contains(a) || spec.repeated.contains(a)) {
            if (i + 1 >= args.size())
                return Tr::tr("%1 needs a value").arg(a);
            if (spec.options.contains(a) && m_values.contains(a))
                return Tr::tr("%1 is given twice").arg(a);
            m_values[a].append(args[++i]);
            continue;
        }
        if (a.startsWith(u'-') && a.size() > 1)
            return Tr::tr("unexpected argument '%1'").arg(args[i]);
        if (m_positional.size() >= spec.required.size() + spec.optional.size())
            return Tr::tr("unexpected argument '%1'").arg(args[i]);
        m_positional.append(a);
    }
    if (m_positional.size() < spec.required.size())
        return Tr::tr("%1 is missing").arg(spec.required.at(m_positional.size()));
    return {};
}

} // namespace ps
