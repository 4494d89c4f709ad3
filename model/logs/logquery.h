#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace ps {

// What the user searches a log for: plain text or a regular expression, with or without case.
struct LogQuery {
    QString text;
    bool regex = false;
    bool caseSensitive = false;

    bool isEmpty() const { return text.isEmpty(); }
    QRegularExpression expression() const
    {
        QRegularExpression re(regex ? text : QRegularExpression::escape(text),
                              caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    }
    // Bytes every matching line contains, to skip lines cheaply: plain, case-sensitive text only.
    QByteArray literal() const { return !regex && caseSensitive ? text.toUtf8() : QByteArray(); }
    bool operator==(const LogQuery &) const = default;
};

} // namespace ps
