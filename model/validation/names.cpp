#include "names.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ps::names {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Names)
};

bool isLowerAlnum(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }
bool isAsciiAlnum(QChar c) { return isLowerAlnum(c) || (c >= u'A' && c <= u'Z'); }
} // namespace

bool isValidArgoName(const QString &name)
{
    return argoNameProblem(name).isEmpty();
}

QString argoNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("the name is empty");
    if (name.size() > kMaxArgoNameLength)
        return Tr::tr("the name is longer than %1 characters").arg(kMaxArgoNameLength);
    if (!isAsciiAlnum(name.front()))
        return Tr::tr("the name must start with a letter or digit");
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != u'-')
            return Tr::tr("'%1' is not allowed in a name: use letters, digits and '-'").arg(c);
    }
    return {};
}

bool isDns1123Subdomain(const QString &name)
{
    return dns1123Problem(name).isEmpty();
}

QString dns1123Problem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("the name is empty");
    if (name.size() > kMaxDns1123SubdomainLength)
        return Tr::tr("the name is longer than %1 characters").arg(kMaxDns1123SubdomainLength);
    for (QChar c : name) {
        if (!isLowerAlnum(c) && c != u'-' && c != u'.')
            return Tr::tr("'%1' is not allowed: Kubernetes names use lower-case letters, digits, '-' and '.'").arg(c);
    }
    if (!isLowerAlnum(name.front()) || !isLowerAlnum(name.back()))
        return Tr::tr("the name must start and end with a lower-case letter or digit");
    return {};
}

QString sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool dash = false;
    for (QChar c : text.toLower()) {
        if (isLowerAlnum(c)) {
            out.append(c);
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out.append(u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    if (out.size() > 63)
        out.truncate(63);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("task") : out;
}

} // namespace ps::names
