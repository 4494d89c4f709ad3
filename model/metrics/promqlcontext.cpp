#include "promqlcontext.h"

#include <algorithm>

namespace ps {

namespace {

bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u':'; }

// The identifier that ends right before `end` (spaces skipped).
QString identifierBefore(const QString &text, int end)
{
    int e = end;
    while (e > 0 && text.at(e - 1).isSpace())
        --e;
    int b = e;
    while (b > 0 && isNameChar(text.at(b - 1)))
        --b;
    return text.mid(b, e - b);
}

} // namespace

PromQlContext PromQlContext::at(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    int braceAt = -1;
    int quoteAt = -1;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text.at(i);
        if (quoteAt >= 0) {
            if (c == u'\\')
                ++i;
            else if (c == text.at(quoteAt))
                quoteAt = -1;
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            quoteAt = i;
        } else if (c == u'{') {
            braceAt = i;
        } else if (c == u'}') {
            braceAt = -1;
        }
    }
    PromQlContext context;
    if (braceAt >= 0)
        context.metric = identifierBefore(text, braceAt);
    if (quoteAt >= 0) {
        if (braceAt < 0)
            return context; // a string outside a selector
        int op = quoteAt;
        while (op > braceAt && (text.at(op - 1) == u'=' || text.at(op - 1) == u'~' || text.at(op - 1) == u'!'
                                || text.at(op - 1).isSpace()))
            --op;
        context.kind = Kind::LabelValue;
        context.label = identifierBefore(text, op);
        context.prefixStart = quoteAt + 1;
        context.prefix = text.mid(quoteAt + 1, cursor - quoteAt - 1);
        return context;
    }
    int start = cursor;
    while (start > 0 && isNameChar(text.at(start - 1)))
        --start;
    context.prefixStart = start;
    context.prefix = text.mid(start, cursor - start);
    if (braceAt >= 0) {
        context.kind = Kind::LabelName;
        return context;
    }
    // After "by (" or "without (" a label name is typed too.
    int open = start;
    while (open > 0 && (text.at(open - 1).isSpace() || text.at(open - 1) == u',' || isNameChar(text.at(open - 1))))
        --open;
    if (open > 0 && text.at(open - 1) == u'(') {
        const QString keyword = identifierBefore(text, open - 1);
        if (keyword == u"by" || keyword == u"without" || keyword == u"on" || keyword == u"ignoring") {
            context.kind = Kind::LabelName;
            return context;
        }
    }
    if (!context.prefix.isEmpty() && context.prefix.at(0).isDigit())
        return context; // a number or a duration
    context.kind = Kind::MetricName;
    return context;
}

QStringList PromQlContext::functions()
{
    return {QStringLiteral("abs"), QStringLiteral("absent"), QStringLiteral("avg"), QStringLiteral("avg_over_time"),
            QStringLiteral("ceil"), QStringLiteral("changes"), QStringLiteral("clamp_max"), QStringLiteral("clamp_min"),
            QStringLiteral("count"), QStringLiteral("count_over_time"), QStringLiteral("delta"), QStringLiteral("deriv"),
            QStringLiteral("floor"), QStringLiteral("histogram_quantile"), QStringLiteral("increase"),
            QStringLiteral("irate"), QStringLiteral("label_replace"), QStringLiteral("max"),
            QStringLiteral("max_over_time"), QStringLiteral("min"), QStringLiteral("min_over_time"),
            QStringLiteral("quantile"), QStringLiteral("quantile_over_time"), QStringLiteral("rate"),
            QStringLiteral("round"), QStringLiteral("sort"), QStringLiteral("sort_desc"), QStringLiteral("stddev"),
            QStringLiteral("sum"), QStringLiteral("sum_over_time"), QStringLiteral("time"), QStringLiteral("topk"),
            QStringLiteral("bottomk"), QStringLiteral("vector")};
}

} // namespace ps
