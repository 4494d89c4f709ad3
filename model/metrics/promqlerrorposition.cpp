#include "promqlerrorposition.h"

#include <QRegularExpression>

#include <algorithm>

namespace ps {

std::optional<PromQlErrorPosition> PromQlErrorPosition::fromMessage(const QString &message)
{
    static const QRegularExpression lineColumn(QStringLiteral(R"((?:^|[\s:"])(\d+):(\d+)(?:-\d+:\d+)?: parse error)"));
    static const QRegularExpression atChar(QStringLiteral(R"(parse error at char (\d+))"));
    if (const QRegularExpressionMatch m = lineColumn.match(message); m.hasMatch())
        return PromQlErrorPosition{m.captured(1).toInt(), m.captured(2).toInt()};
    if (const QRegularExpressionMatch m = atChar.match(message); m.hasMatch())
        return PromQlErrorPosition{1, m.captured(1).toInt()};
    return std::nullopt;
}

int PromQlErrorPosition::offsetIn(const QString &expression) const
{
    int offset = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype next = expression.indexOf(u'\n', offset);
        if (next < 0)
            return int(expression.size());
        offset = int(next) + 1;
    }
    return std::clamp(offset + column - 1, 0, int(expression.size()));
}

} // namespace ps
