#include "celtoargo.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CelToArgo)
};

struct Token {
    enum Kind { Ref, String, Number, Bool, Compare, Logic, Not, Open, Close } kind;
    QString text;
};

bool isComparison(const Token &t) { return t.kind == Token::Compare; }

} // namespace

CelToArgo::Result CelToArgo::translate(const QString &cel, const std::function<std::optional<QString>(const QString &)> &reference)
{
    static const QRegularExpression ref(QStringLiteral(R"(^inputs\.parameter_values\[\s*(['"])(.+?)\1\s*\])"));
    static const QRegularExpression str(QStringLiteral(R"(^(['"])((?:\\.|(?!\1).)*)\1)"));
    static const QRegularExpression num(QStringLiteral(R"(^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)"));
    static const QRegularExpression cast(QStringLiteral(R"(^(int|double|string)\s*\()"));
    static const QRegularExpression boolean(QStringLiteral(R"(^(true|false)\b)"));

    QList<Token> tokens;
    qsizetype i = 0;
    while (i < cel.size()) {
        const QStringView rest = QStringView(cel).mid(i);
        if (rest.front().isSpace()) {
            ++i;
            continue;
        }
        QRegularExpressionMatch m;
        if ((m = ref.match(rest)).hasMatch()) {
            tokens.append({Token::Ref, m.captured(2)});
        } else if ((m = str.match(rest)).hasMatch()) {
            tokens.append({Token::String, m.captured(2)});
        } else if ((m = num.match(rest)).hasMatch()) {
            tokens.append({Token::Number, m.captured(0)});
        } else if ((m = boolean.match(rest)).hasMatch()) {
            tokens.append({Token::Bool, m.captured(1)});
        } else if ((m = cast.match(rest)).hasMatch()) {
            tokens.append({Token::Open, QStringLiteral("(")}); // the cast itself: Argo compares numeric text as numbers
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
            if (op.isEmpty())
                return {{}, Tr::tr("'%1' has no certain Argo equivalent").arg(rest.left(24).toString())};
            const Token::Kind kind = op == u"(" ? Token::Open : op == u")" ? Token::Close : op == u"!" ? Token::Not
                                     : (op == u"&&" || op == u"||") ? Token::Logic : Token::Compare;
            tokens.append({kind, op});
            i += op.size();
            continue;
        }
        i += m.capturedLength(0);
    }

    QString out;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        QString piece;
        switch (t.kind) {
        case Token::Ref: {
            const std::optional<QString> value = reference(t.text);
            if (!value)
                return {{}, Tr::tr("the condition reads input '%1', which the task does not have").arg(t.text)};
            // Compared with a string literal: quote, so both sides are strings.
            const bool nextIsString = k + 2 < tokens.size() && isComparison(tokens[k + 1]) && tokens[k + 2].kind == Token::String;
            const bool prevIsString = k >= 2 && isComparison(tokens[k - 1]) && tokens[k - 2].kind == Token::String;
            piece = nextIsString || prevIsString ? QStringLiteral("'%1'").arg(*value) : *value;
            break;
        }
        case Token::String:
            if (t.text.contains(u'\''))
                return {{}, Tr::tr("a string with a quote in it has no certain Argo equivalent")};
            piece = QStringLiteral("'%1'").arg(t.text);
            break;
        default:
            piece = t.text;
            break;
        }
        if (!out.isEmpty() && t.kind != Token::Close && !out.endsWith(u'(') && !out.endsWith(u'!'))
            out += u' ';
        out += piece;
    }
    if (out.isEmpty())
        return {{}, Tr::tr("the condition is empty")};
    return {out, {}};
}

} // namespace ps
