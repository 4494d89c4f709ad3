#pragma once

#include <QList>
#include <QString>

namespace ps {

// A PromQL selector's label matchers, as a backend gives them ({run="r-1",task="t"}), read
// so that templates can add matchers or rename labels (DCGM's exported_pod).
class LabelMatchers
{
public:
    struct Matcher {
        QString name;
        QString op;    // =, !=, =~, !~
        QString value; // as written between the quotes (escapes kept)
        bool operator==(const Matcher &) const = default;
    };

    LabelMatchers() = default;
    // Reads `{a="b", c=~"d"}` (braces optional); unreadable text gives no matchers and
    // isValid() false.
    static LabelMatchers parse(const QString &text);

    bool isValid() const { return m_valid; }
    const QList<Matcher> &matchers() const { return m_matchers; }
    bool has(const QString &name) const;
    QString value(const QString &name) const;

    LabelMatchers with(const QString &name, const QString &op, const QString &value) const;
    LabelMatchers renamed(const QString &from, const QString &to) const;
    // `{a="b",c=~"d"}`; `{}` when empty.
    QString toString() const;

    // A value as it goes between the quotes of a matcher: backslash, quote and newline escaped.
    static QString escapeValue(const QString &raw);
    // A value that a regular-expression matcher (=~) must match literally: RE2's special
    // characters escaped, then escapeValue().
    static QString escapeRegexValue(const QString &raw);

private:
    QList<Matcher> m_matchers;
    bool m_valid = true;
};

} // namespace ps
