#pragma once

#include <QByteArrayList>
#include <QList>
#include <QString>

namespace ps {

// The literal texts a regular expression's every match must contain, so a search can skip
// what cannot match: a list of alternatives (a top-level `a|b`), each a list of literals
// that must all occur. Conservative: where it is unsure it requires less, never more. An
// empty answer (or an alternative without literals) means nothing can be ruled out.
class RegexLiterals
{
public:
    using Alternatives = QList<QByteArrayList>;

    // Literals in UTF-8; with `caseInsensitive`, ASCII letters lowered and literals with
    // other letters left out (their case forms differ in bytes).
    static Alternatives required(const QString &pattern, bool caseInsensitive);
    // True when every alternative has at least one literal of `minLength` bytes.
    static bool canFilter(const Alternatives &alternatives, int minLength = 3);
};

} // namespace ps
