#include "argotocel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArgoToCel)
};

struct Token {
    enum Kind { Ref, String, Number, Compare, Logic, Not, Open, Close } kind;
    QString text;      // CEL text for literals and operators
    int channel = -1;  // Ref: index into the channels
};

bool numeric(const TypeSpec &t)
{
    return t.kind() == TypeSpec::Kind::Integer || t.kind() == TypeSpec::Kind::Double;
}

} // namespace

ArgoToCel::Result ArgoToCel::translate(const QString &when, const Graph &graph, const std::function<TypeSpec(const Binding &)> &typeOf)
{
    static const QRegularExpression ref(QStringLiteral(R"(^\{\{\s*(tasks\.([-A-Za-z0-9]+)\.outputs\.(?:parameters\.([-A-Za-z0-9_]+)|(result))|(?:workflow|inputs)\.parameters\.([-A-Za-z0-9_]+))\s*\}\})"));
    static const QRegularExpression str(QStringLiteral(R"(^(['"])([^'"]*)\1)"));
    static const QRegularExpression num(QStringLiteral(R"(^-?[0-9]+(\.[0-9]+)?(?![-A-Za-z0-9_.]))"));
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z_][-A-Za-z0-9_.]*)"));
    Result result;
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < when.size()) {
        const QStringView rest = QStringView(when).mid(i);
        if (rest.front().isSpace()) {
            ++i;
            continue;
        }
        QRegularExpressionMatch m;
        if ((m = ref.match(rest)).hasMatch()) {
            Binding source;
            QString name;
            if (!m.captured(2).isEmpty()) {
                const Task *producer = graph.taskByName(m.captured(2));
                if (!producer)
                    return {{}, {}, Tr::tr("the condition reads task '%1', which is not in this graph").arg(m.captured(2))};
                const QString output = m.captured(4).isEmpty() ? m.captured(3) : QStringLiteral("result");
                source = Binding::taskOutput(producer->id, output);
                name = QStringLiteral("pipelinechannel--%1-%2").arg(producer->name, output);
            } else {
                source = Binding::pipelineParameter(m.captured(5));
                // Already a channel (inside an exit-handler or condition sub-DAG): pass it on as is.
                name = m.captured(5).startsWith(u"pipelinechannel--") ? m.captured(5) : QStringLiteral("pipelinechannel--") + m.captured(5);
            }
            int index = -1;
            for (int k = 0; k < result.channels.size(); ++k)
                index = result.channels[k].name == name ? k : index;
            if (index < 0) {
                result.channels.append({name, source, typeOf(source)});
                index = int(result.channels.size() - 1);
            }
            tokens.append({Token::Ref, {}, index});
        } else if ((m = str.match(rest)).hasMatch()) {
            tokens.append({Token::String, QStringLiteral("'%1'").arg(m.captured(2))});
        } else if ((m = num.match(rest)).hasMatch()) {
            tokens.append({Token::Number, m.captured(0)});
        } else if ((m = word.match(rest)).hasMatch() && m.captured(0) != u"true" && m.captured(0) != u"false") {
            tokens.append({Token::String, QStringLiteral("'%1'").arg(m.captured(0))}); // Argo reads a bare word as text
        } else if ((m = word.match(rest)).hasMatch()) {
            tokens.append({Token::Number, m.captured(0)});
        } else {
            static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">="),
                                         QStringLiteral("&&"), QStringLiteral("||"), QStringLiteral("<"), QStringLiteral(">"),
                                         QStringLiteral("!"), QStringLiteral("("), QStringLiteral(")")};
            QString op;
            for (const QString &o : ops) {
                if (rest.startsWith(o)) {
                    op = o;
                    break;
                }
            }
            if (op.isEmpty() || rest.startsWith(u"=~") || rest.startsWith(u"!~"))
                return {{}, {}, Tr::tr("'%1' has no certain KFP equivalent").arg(rest.left(24).toString())};
            tokens.append({op == u"(" ? Token::Open : op == u")" ? Token::Close : op == u"!" ? Token::Not
                           : (op == u"&&" || op == u"||") ? Token::Logic : Token::Compare, op});
            i += op.size();
            continue;
        }
        i += m.capturedLength(0);
    }
    if (tokens.isEmpty())
        return {{}, {}, Tr::tr("the condition is empty")};

    QString out;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        QString piece = t.text;
        if (t.kind == Token::Ref) {
            const Channel &c = result.channels[t.channel];
            piece = QStringLiteral("inputs.parameter_values['%1']").arg(c.name);
            // Compared as numbers in Argo: compare as numbers in CEL too.
            const bool nextNumeric = k + 2 < tokens.size() && tokens[k + 1].kind == Token::Compare
                                     && (tokens[k + 2].kind == Token::Number
                                         || (tokens[k + 2].kind == Token::Ref && numeric(result.channels[tokens[k + 2].channel].type)));
            const bool prevNumeric = k >= 2 && tokens[k - 1].kind == Token::Compare
                                     && (tokens[k - 2].kind == Token::Number
                                         || (tokens[k - 2].kind == Token::Ref && numeric(result.channels[tokens[k - 2].channel].type)));
            const bool ordered = (k + 1 < tokens.size() && tokens[k + 1].kind == Token::Compare && tokens[k + 1].text != u"==" && tokens[k + 1].text != u"!=")
                                 || (k >= 1 && tokens[k - 1].kind == Token::Compare && tokens[k - 1].text != u"==" && tokens[k - 1].text != u"!=");
            if (!numeric(c.type) && (nextNumeric || prevNumeric || ordered))
                piece = QStringLiteral("double(%1)").arg(piece);
        }
        if (!out.isEmpty() && t.kind != Token::Close && !out.endsWith(u'(') && !out.endsWith(u'!'))
            out += u' ';
        out += piece;
    }
    result.condition = out;
    return result;
}

} // namespace ps
