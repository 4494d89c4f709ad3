#include "placeholdertext.h"

#include "exprevaluator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlaceholderText)
};

// Where the `}}` that closes an expression tag starting at `from` is: the first one outside
// quotes and outside the expression's own braces ({a: {b: 1}}, {# > 1}).
qsizetype expressionEnd(const QString &text, qsizetype from)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote != u'`')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}' && depth > 0) {
            --depth;
        } else if (c == u'}' && i + 1 < text.size() && text[i + 1] == u'}') {
            return i;
        }
    }
    return -1;
}

} // namespace

QString PlaceholderText::normalized(const QString &reference)
{
    QString r = reference.trimmed();
    if (r.startsWith(u"$."))
        r = r.mid(2);
    if (r == u"pipeline_job_name" || r == u"pipeline_job_resource_name")
        return QStringLiteral("workflow.name");
    if (r == u"pipeline_job_uuid" || r == u"pipeline_task_uuid")
        return QStringLiteral("workflow.uid");
    // parameters['x'] and parameters["x"] → parameters.x
    static const QRegularExpression bracket(QStringLiteral(R"(\[\s*['"]([^'"]+)['"]\s*\])"));
    r.replace(bracket, QStringLiteral(".\\1"));
    if (r.startsWith(u"outputs.parameters.") && r.endsWith(u".output_file"))
        r = r.chopped(int(qstrlen(".output_file"))) + QStringLiteral(".path");
    return r;
}

BackendResult<QString> PlaceholderText::substitute(const QString &text, const Lookup &lookup)
{
    QString out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", pos);
        if (open < 0)
            break;
        // Only the blanks after `{{` are looked at, never the rest of the text (quadratic on long scripts).
        qsizetype first = open + 2;
        while (first < text.size() && text[first].isSpace())
            ++first;
        const bool expression = first < text.size() && text[first] == u'=';
        const qsizetype close = expression ? expressionEnd(text, open + 2) : text.indexOf(u"}}", open + 2);
        if (close < 0)
            break;
        out += QStringView(text).sliced(pos, open - pos);
        const QString inner = QStringView(text).sliced(open + 2, close - open - 2).trimmed().toString();
        if (inner.startsWith(u'=')) { // Argo's expression tag
            const BackendResult<QString> value = ExprEvaluator::evaluateText(inner.mid(1), lookup);
            if (!value.ok())
                return value;
            out += value.value;
            pos = close + 2;
            continue;
        }
        const std::optional<QString> value = lookup(normalized(inner));
        if (!value)
            return BackendResult<QString>::failure(Tr::tr("cannot resolve '{{%1}}'").arg(inner));
        out += *value;
        pos = close + 2;
    }
    out += QStringView(text).sliced(pos);
    return {out, {}};
}

} // namespace ps
