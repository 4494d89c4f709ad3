#include "whenexpression.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WhenExpression)
};

struct Token {
    enum class Kind { Value, Op, Open, Close };
    Kind kind;
    QString text;
    bool quoted = false;
};

// A value during evaluation: text, which may read as a number or a boolean.
struct Value {
    QString text;
    bool quoted = false;
    std::optional<double> number() const
    {
        if (quoted)
            return std::nullopt;
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    std::optional<bool> boolean() const
    {
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
        return std::nullopt;
    }
};

BackendResult<QList<Token>> tokenize(const QString &s)
{
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">="),
                                 QStringLiteral("=~"), QStringLiteral("!~"), QStringLiteral("&&"), QStringLiteral("||"),
                                 QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("!")};
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(' || c == u')') {
            tokens.append({c == u'(' ? Token::Kind::Open : Token::Kind::Close, QString(c)});
            ++i;
        } else if (c == u'"' || c == u'\'') {
            const qsizetype end = s.indexOf(c, i + 1);
            if (end < 0)
                return BackendResult<QList<Token>>::failure(Tr::tr("unterminated string in '%1'").arg(s));
            tokens.append({Token::Kind::Value, s.mid(i + 1, end - i - 1), true});
            i = end + 1;
        } else {
            bool matched = false;
            for (const QString &op : ops) {
                if (QStringView(s).sliced(i).startsWith(op)) {
                    tokens.append({Token::Kind::Op, op});
                    i += op.size();
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            qsizetype end = i;
            while (end < s.size() && !s[end].isSpace() && !QStringLiteral("()<>=!&|\"'").contains(s[end]))
                ++end;
            if (end == i)
                return BackendResult<QList<Token>>::failure(Tr::tr("unexpected '%1' in '%2'").arg(s[i], s));
            tokens.append({Token::Kind::Value, s.mid(i, end - i)});
            i = end;
        }
    }
    return {tokens, {}};
}

// Recursive descent: or → and → not → comparison → primary.
class Parser
{
public:
    explicit Parser(QList<Token> tokens, QString source) : m_tokens(std::move(tokens)), m_source(std::move(source)) {}

    BackendResult<Value> parse()
    {
        BackendResult<Value> v = orExpr();
        if (v.ok() && m_pos < m_tokens.size())
            return fail(Tr::tr("unexpected '%1' in '%2'").arg(m_tokens[m_pos].text, m_source));
        return v;
    }

private:
    BackendResult<Value> fail(const QString &why) { return BackendResult<Value>::failure(why); }
    bool peekOp(const QString &op) const
    {
        return m_pos < m_tokens.size() && m_tokens[m_pos].kind == Token::Kind::Op && m_tokens[m_pos].text == op;
    }
    BackendResult<bool> truth(const Value &v)
    {
        if (const auto b = v.boolean())
            return {*b, {}};
        return BackendResult<bool>::failure(Tr::tr("'%1' is not true or false in '%2'").arg(v.text, m_source));
    }
    static Value boolValue(bool b) { return {b ? QStringLiteral("true") : QStringLiteral("false")}; }

    BackendResult<Value> logical(const QString &op, BackendResult<Value> (Parser::*next)())
    {
        BackendResult<Value> left = (this->*next)();
        while (left.ok() && peekOp(op)) {
            ++m_pos;
            const BackendResult<Value> right = (this->*next)();
            if (!right.ok())
                return right;
            const auto a = truth(left.value), b = truth(right.value);
            if (!a.ok() || !b.ok())
                return fail(a.ok() ? b.error : a.error);
            left.value = boolValue(op == u"&&" ? (a.value && b.value) : (a.value || b.value));
        }
        return left;
    }
    BackendResult<Value> orExpr() { return logical(QStringLiteral("||"), &Parser::andExpr); }
    BackendResult<Value> andExpr() { return logical(QStringLiteral("&&"), &Parser::notExpr); }

    BackendResult<Value> notExpr()
    {
        if (!peekOp(QStringLiteral("!")))
            return comparison();
        ++m_pos;
        const BackendResult<Value> v = notExpr();
        if (!v.ok())
            return v;
        const auto b = truth(v.value);
        return b.ok() ? BackendResult<Value>{boolValue(!b.value), {}} : fail(b.error);
    }

    BackendResult<Value> comparison()
    {
        BackendResult<Value> left = primary();
        static const QStringList comparisons{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral(">"),
                                             QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("=~"), QStringLiteral("!~")};
        if (!left.ok() || m_pos >= m_tokens.size() || m_tokens[m_pos].kind != Token::Kind::Op
            || !comparisons.contains(m_tokens[m_pos].text))
            return left;
        const QString op = m_tokens[m_pos++].text;
        const BackendResult<Value> right = primary();
        if (!right.ok())
            return right;
        return {boolValue(compare(left.value, op, right.value)), {}};
    }

    static bool compare(const Value &a, const QString &op, const Value &b)
    {
        if (op == u"=~" || op == u"!~")
            return QRegularExpression(b.text).match(a.text).hasMatch() == (op == u"=~");
        const auto x = a.number(), y = b.number();
        const int c = x && y ? (*x < *y ? -1 : (*x > *y ? 1 : 0)) : a.text.compare(b.text);
        if (op == u"==")
            return c == 0;
        if (op == u"!=")
            return c != 0;
        if (op == u"<")
            return c < 0;
        if (op == u">")
            return c > 0;
        if (op == u"<=")
            return c <= 0;
        return c >= 0;
    }

    BackendResult<Value> primary()
    {
        if (m_pos >= m_tokens.size())
            return fail(Tr::tr("'%1' ends too early").arg(m_source));
        const Token &t = m_tokens[m_pos++];
        if (t.kind == Token::Kind::Value)
            return {Value{t.text, t.quoted}, {}};
        if (t.kind == Token::Kind::Open) {
            BackendResult<Value> v = orExpr();
            if (!v.ok())
                return v;
            if (m_pos >= m_tokens.size() || m_tokens[m_pos].kind != Token::Kind::Close)
                return fail(Tr::tr("missing ')' in '%1'").arg(m_source));
            ++m_pos;
            return v;
        }
        return fail(Tr::tr("unexpected '%1' in '%2'").arg(t.text, m_source));
    }

    QList<Token> m_tokens;
    QString m_source;
    qsizetype m_pos = 0;
};

} // namespace

BackendResult<bool> WhenExpression::evaluate(const QString &expression)
{
    const auto tokens = tokenize(expression);
    if (!tokens.ok())
        return BackendResult<bool>::failure(tokens.error);
    if (tokens.value.isEmpty())
        return BackendResult<bool>::failure(Tr::tr("the condition is empty"));
    Parser parser(tokens.value, expression);
    const BackendResult<Value> v = parser.parse();
    if (!v.ok())
        return BackendResult<bool>::failure(v.error);
    if (const auto b = v.value.boolean())
        return {*b, {}};
    return BackendResult<bool>::failure(Tr::tr("'%1' does not give true or false").arg(expression));
}

} // namespace ps
