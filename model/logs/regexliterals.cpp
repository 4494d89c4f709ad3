#include "regexliterals.h"

namespace ps {

namespace {

// Splits at top-level `|` (outside groups and classes); nothing when a group does not close.
QStringList topLevelAlternatives(const QString &pattern, bool *balanced)
{
    QStringList parts;
    QString current;
    int depth = 0;
    bool inClass = false;
    *balanced = true;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            current += c;
            current += pattern[++i];
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (--depth < 0)
                *balanced = false;
        } else if (c == u'|' && depth == 0) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current);
    if (depth != 0 || inClass)
        *balanced = false;
    return parts;
}

bool isQuantifier(QChar c) { return c == u'*' || c == u'+' || c == u'?' || c == u'{'; }

// Escapes whose meaning is the character itself.
bool literalEscape(QChar c)
{
    return !c.isLetterOrNumber() && c != u'_';
}

// The literal runs of one alternative without top-level `|`.
QStringList literalRuns(const QString &pattern)
{
    QStringList runs;
    QString run;
    auto cut = [&] {
        if (!run.isEmpty())
            runs.append(run);
        run.clear();
    };
    qsizetype i = 0;
    const qsizetype n = pattern.size();
    while (i < n) {
        const QChar c = pattern[i];
        QString atom;      // a literal character, or empty for something else
        qsizetype next = i + 1;
        if (c == u'\\') {
            if (i + 1 >= n)
                break;
            const QChar e = pattern[i + 1];
            if (e == u'Q') { // \Q…\E: all literal
                const qsizetype end = pattern.indexOf(QStringLiteral("\\E"), i + 2);
                const QString quoted = pattern.mid(i + 2, end < 0 ? -1 : end - i - 2);
                next = end < 0 ? n : end + 2;
                if (next < n && isQuantifier(pattern[next])) {
                    run += quoted.chopped(quoted.isEmpty() ? 0 : 1);
                    cut();
                } else {
                    run += quoted;
                }
                i = next;
                continue;
            }
            if (literalEscape(e))
                atom = e;
            next = i + 2;
        } else if (c == u'[') {
            // A class: skip to its end.
            qsizetype j = i + 1;
            if (j < n && pattern[j] == u'^')
                ++j;
            if (j < n && pattern[j] == u']')
                ++j;
            while (j < n && pattern[j] != u']') {
                if (pattern[j] == u'\\')
                    ++j;
                ++j;
            }
            next = j + 1;
        } else if (c == u'(') {
            // A group: its content may repeat, be optional or alternate; skip it whole.
            int depth = 0;
            qsizetype j = i;
            for (; j < n; ++j) {
                if (pattern[j] == u'\\') {
                    ++j;
                    continue;
                }
                if (pattern[j] == u'[') { // a ')' inside a class does not close
                    ++j;
                    while (j < n && pattern[j] != u']') {
                        if (pattern[j] == u'\\')
                            ++j;
                        ++j;
                    }
                    continue;
                }
                if (pattern[j] == u'(')
                    ++depth;
                else if (pattern[j] == u')' && --depth == 0)
                    break;
            }
            next = j + 1;
        } else if (c == u'.' || c == u'^' || c == u'$' || c == u')' || c == u']') {
            // not a literal
        } else if (isQuantifier(c)) {
            // a quantifier without an atom (handled below): skip
        } else {
            atom = c;
        }
        // A quantifier after the atom: `+` keeps one occurrence, the others none.
        if (next < n && isQuantifier(pattern[next])) {
            const QChar q = pattern[next];
            qsizetype after = next + 1;
            if (q == u'{') {
                const qsizetype close = pattern.indexOf(u'}', next);
                const QString body = pattern.mid(next + 1, close < 0 ? -1 : close - next - 1);
                after = close < 0 ? n : close + 1;
                const bool atLeastOne = !body.startsWith(u'0') && !body.startsWith(u',');
                if (!atom.isEmpty() && atLeastOne)
                    run += atom;
            } else if (q == u'+' && !atom.isEmpty()) {
                run += atom;
            }
            cut();
            if (after < n && (pattern[after] == u'?' || pattern[after] == u'+')) // lazy or possessive
                ++after;
            i = after;
            continue;
        }
        if (atom.isEmpty())
            cut();
        else
            run += atom;
        i = next;
    }
    cut();
    return runs;
}

bool asciiOnly(const QByteArray &bytes)
{
    for (char b : bytes)
        if (static_cast<unsigned char>(b) >= 0x80)
            return false;
    return true;
}

} // namespace

RegexLiterals::Alternatives RegexLiterals::required(const QString &pattern, bool caseInsensitive)
{
    // Inline options ((?i), (?x)…) change what literals mean: require nothing. Other groups
    // ((?:…), look-arounds) are skipped whole like any group.
    for (qsizetype at = pattern.indexOf(QStringLiteral("(?")); at >= 0; at = pattern.indexOf(QStringLiteral("(?"), at + 2)) {
        const QChar kind = at + 2 < pattern.size() ? pattern[at + 2] : QChar();
        if (kind != u':' && kind != u'=' && kind != u'!' && kind != u'<' && (at == 0 || pattern[at - 1] != u'\\'))
            return {};
    }
    bool balanced = true;
    const QStringList alternatives = topLevelAlternatives(pattern, &balanced);
    if (!balanced)
        return {};
    Alternatives result;
    for (const QString &alternative : alternatives) {
        QByteArrayList literals;
        for (const QString &run : literalRuns(alternative)) {
            QByteArray bytes = run.toUtf8();
            if (caseInsensitive) {
                if (!asciiOnly(bytes))
                    continue;
                bytes = bytes.toLower();
            }
            literals.append(bytes);
        }
        result.append(literals);
    }
    return result;
}

bool RegexLiterals::canFilter(const Alternatives &alternatives, int minLength)
{
    if (alternatives.isEmpty())
        return false;
    for (const QByteArrayList &literals : alternatives) {
        bool any = false;
        for (const QByteArray &l : literals)
            any = any || l.size() >= minLength;
        if (!any)
            return false;
    }
    return true;
}

} // namespace ps
