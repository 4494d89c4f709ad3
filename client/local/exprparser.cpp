#include "exprparser.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExprParser)
};

struct Token {
    enum class Kind { Number, String, Ident, Op, End };
    Kind kind = Kind::End;
    QString text;
    ExprValue value;
    int position = 0;
};

struct ParseError {
    QString message;
    int position;
};

std::vector<Token> tokenize(const QString &s)
{
    static const QStringList twoChar{QStringLiteral("??"), QStringLiteral("?."), QStringLiteral("=="), QStringLiteral("!="),
                                     QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||"),
                                     QStringLiteral("**")};
    static const QString oneChar = QStringLiteral("+-*/%^<>!()[]{},:.?#");
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = int(i) + 1;
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < s.size() && (s[j].isDigit() || s[j] == u'_'))
                ++j;
            bool decimal = false;
            if (j + 1 < s.size() && s[j] == u'.' && s[j + 1].isDigit()) {
                decimal = true;
                for (++j; j < s.size() && s[j].isDigit(); ++j) {}
            }
            if (j < s.size() && (s[j] == u'e' || s[j] == u'E')) {
                qsizetype k = j + 1;
                if (k < s.size() && (s[k] == u'+' || s[k] == u'-'))
                    ++k;
                if (k < s.size() && s[k].isDigit()) {
                    decimal = true;
                    for (j = k; j < s.size() && s[j].isDigit(); ++j) {}
                }
            }
            const QString text = s.mid(i, j - i).remove(u'_');
            t.kind = Token::Kind::Number;
            bool whole = !decimal;
            const qint64 integer = whole ? text.toLongLong(&whole) : 0;
            t.value = whole ? ExprValue::of(integer) : ExprValue::of(text.toDouble()); // too big for an int: a decimal
            i = j;
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            QString text;
            qsizetype j = i + 1;
            for (; j < s.size() && s[j] != c; ++j) {
                if (s[j] == u'\\' && c != u'`' && j + 1 < s.size()) {
                    const QChar e = s[++j];
                    text += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e == u'r' ? QChar(u'\r') : e;
                } else {
                    text += s[j];
                }
            }
            if (j >= s.size())
                throw ParseError{Tr::tr("the string is not closed"), t.position};
            t.kind = Token::Kind::String;
            t.value = ExprValue::of(text);
            i = j + 1;
        } else if (c.isLetter() || c == u'_' || c == u'$') {
            qsizetype j = i;
            while (j < s.size() && (s[j].isLetterOrNumber() || s[j] == u'_' || s[j] == u'$'))
                ++j;
            t.kind = Token::Kind::Ident;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (i + 1 < s.size() && twoChar.contains(s.mid(i, 2))) {
            t.kind = Token::Kind::Op;
            t.text = s.mid(i, 2);
            i += 2;
        } else if (oneChar.contains(c)) {
            t.kind = Token::Kind::Op;
            t.text = c;
            ++i;
        } else {
            throw ParseError{Tr::tr("unexpected character '%1'").arg(c), t.position};
        }
        tokens.push_back(t);
    }
    Token end;
    end.position = int(s.size()) + 1;
    tokens.push_back(end);
    return tokens;
}

using Node = std::unique_ptr<ExprNode>;

// Bounds that keep parsing, evaluation and destruction (all recursive) off the end of the stack.
constexpr int maxNesting = 128;
constexpr int maxNodes = 10000;

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Node parseAll()
    {
        Node n = ternary();
        if (peek().kind != Token::Kind::End)
            fail(Tr::tr("unexpected '%1'").arg(describe(peek())));
        return n;
    }

private:
    const Token &peek(int ahead = 0) const { return m_tokens[std::min(m_pos + size_t(ahead), m_tokens.size() - 1)]; }
    bool isOp(const QString &op, int ahead = 0) const { return peek(ahead).kind == Token::Kind::Op && peek(ahead).text == op; }
    bool isWord(const QString &w, int ahead = 0) const { return peek(ahead).kind == Token::Kind::Ident && peek(ahead).text == w; }
    Token next() { return m_tokens[std::min(m_pos++, m_tokens.size() - 1)]; }
    [[noreturn]] void fail(const QString &message) const { throw ParseError{message, peek().position}; }
    static QString describe(const Token &t)
    {
        if (t.kind == Token::Kind::End)
            return Tr::tr("end of expression");
        return t.kind == Token::Kind::String ? u'\'' + t.value.text + u'\'' : t.kind == Token::Kind::Number ? t.value.toText() : t.text;
    }
    void expect(const QString &op)
    {
        if (!isOp(op))
            fail(Tr::tr("expected '%1' but found %2").arg(op, describe(peek())));
        ++m_pos;
    }
    // One level deeper for as long as it lives; failing past maxNesting.
    class Nesting
    {
    public:
        explicit Nesting(Parser &p) : m_parser(p)
        {
            if (++m_parser.m_depth > maxNesting) {
                --m_parser.m_depth;
                m_parser.fail(Tr::tr("the expression nests too deeply"));
            }
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        Parser &m_parser;
    };

    Node make(ExprNode::Kind kind, int position, QString text = {})
    {
        if (++m_nodes > maxNodes)
            fail(Tr::tr("the expression is too long"));
        auto n = std::make_unique<ExprNode>();
        n->kind = kind;
        n->position = position;
        n->text = std::move(text);
        return n;
    }

    Node ternary()
    {
        const Nesting nesting(*this);
        Node cond = binary(0);
        if (!isOp(QStringLiteral("?")))
            return cond;
        Node n = make(ExprNode::Kind::Ternary, next().position);
        n->children.push_back(std::move(cond));
        n->children.push_back(ternary());
        expect(QStringLiteral(":"));
        n->children.push_back(ternary());
        return n;
    }

    // The binary operator at the cursor with its precedence and how many tokens it takes.
    struct Op {
        QString text;
        int precedence = -1;
        int tokens = 1;
        bool rightAssociative = false;
    };
    Op binaryOp() const
    {
        const Token &t = peek();
        static const QMap<QString, int> ops{{QStringLiteral("||"), 10}, {QStringLiteral("or"), 10},
                                            {QStringLiteral("&&"), 15}, {QStringLiteral("and"), 15},
                                            {QStringLiteral("=="), 20}, {QStringLiteral("!="), 20}, {QStringLiteral("<"), 20},
                                            {QStringLiteral(">"), 20}, {QStringLiteral("<="), 20}, {QStringLiteral(">="), 20},
                                            {QStringLiteral("in"), 20}, {QStringLiteral("matches"), 20},
                                            {QStringLiteral("contains"), 20}, {QStringLiteral("startsWith"), 20},
                                            {QStringLiteral("endsWith"), 20}, {QStringLiteral("+"), 30}, {QStringLiteral("-"), 30},
                                            {QStringLiteral("*"), 60}, {QStringLiteral("/"), 60}, {QStringLiteral("%"), 60},
                                            {QStringLiteral("**"), 100}, {QStringLiteral("^"), 100}, {QStringLiteral("??"), 500}};
        if (t.kind == Token::Kind::Ident && t.text == u"not" && isWord(QStringLiteral("in"), 1))
            return {QStringLiteral("not in"), 20, 2};
        if ((t.kind != Token::Kind::Op && t.kind != Token::Kind::Ident) || !ops.contains(t.text))
            return {};
        QString text = t.text == u"or" ? QStringLiteral("||") : t.text == u"and" ? QStringLiteral("&&") : t.text == u"^" ? QStringLiteral("**") : t.text;
        return {text, ops.value(t.text), 1, text == u"**"};
    }

    Node binary(int minPrecedence)
    {
        Node left = unary();
        while (true) {
            const Op op = binaryOp();
            if (op.precedence < 0 || op.precedence < minPrecedence)
                return left;
            const int position = peek().position;
            m_pos += size_t(op.tokens);
            Node n = make(ExprNode::Kind::Binary, position, op.text);
            n->children.push_back(std::move(left));
            if (op.rightAssociative) { // a ** b ** c nests to the right
                const Nesting nesting(*this);
                n->children.push_back(binary(op.precedence));
            } else {
                n->children.push_back(binary(op.precedence + 1));
            }
            left = std::move(n);
        }
    }

    Node unary()
    {
        if (isOp(QStringLiteral("!")) || isWord(QStringLiteral("not")) || isOp(QStringLiteral("-")) || isOp(QStringLiteral("+"))) {
            const Nesting nesting(*this);
            const Token t = next();
            const bool logical = t.text == u"!" || t.text == u"not";
            Node n = make(ExprNode::Kind::Unary, t.position, logical ? QStringLiteral("!") : t.text);
            n->children.push_back(binary(logical ? 50 : 90));
            return n;
        }
        return postfix(primary());
    }

    static QString dottedName(const ExprNode &n)
    {
        if (n.kind == ExprNode::Kind::Name)
            return n.text;
        if (n.kind == ExprNode::Kind::Member) {
            const QString base = dottedName(*n.children[0]);
            return base.isEmpty() ? QString() : base + u'.' + n.text;
        }
        return {};
    }

    Node postfix(Node n)
    {
        // A member chain a.b.c… is read back recursively (references, function names): as long
        // as parentheses may nest, no longer.
        for (int links = 0;; ++links) {
            if (links > maxNesting)
                fail(Tr::tr("the expression nests too deeply"));
            if (isOp(QStringLiteral(".")) || isOp(QStringLiteral("?."))) {
                const int position = next().position;
                if (peek().kind != Token::Kind::Ident)
                    fail(Tr::tr("expected a name after '.' but found %1").arg(describe(peek())));
                Node m = make(ExprNode::Kind::Member, position, next().text);
                m->children.push_back(std::move(n));
                n = std::move(m);
            } else if (isOp(QStringLiteral("["))) {
                Node m = make(ExprNode::Kind::Index, next().position);
                m->children.push_back(std::move(n));
                m->children.push_back(ternary());
                expect(QStringLiteral("]"));
                n = std::move(m);
            } else if (isOp(QStringLiteral("("))) {
                const QString name = dottedName(*n);
                if (name.isEmpty())
                    fail(Tr::tr("only named functions can be called"));
                Node call = make(ExprNode::Kind::Call, n->position, name);
                ++m_pos;
                while (!isOp(QStringLiteral(")"))) {
                    call->children.push_back(ternary());
                    if (!isOp(QStringLiteral(")")))
                        expect(QStringLiteral(","));
                }
                ++m_pos;
                n = std::move(call);
            } else {
                return n;
            }
        }
    }

    Node primary()
    {
        const Token t = peek();
        switch (t.kind) {
        case Token::Kind::End:
            fail(Tr::tr("the expression ends too early"));
        case Token::Kind::Number:
        case Token::Kind::String: {
            ++m_pos;
            Node n = make(ExprNode::Kind::Literal, t.position);
            n->value = t.value;
            return n;
        }
        case Token::Kind::Ident: {
            ++m_pos;
            Node n = make(ExprNode::Kind::Literal, t.position);
            if (t.text == u"true" || t.text == u"false")
                n->value = ExprValue::of(t.text == u"true");
            else if (t.text != u"nil")
                n = make(ExprNode::Kind::Name, t.position, t.text);
            return n;
        }
        case Token::Kind::Op:
            break;
        }
        if (t.text == u"(") {
            ++m_pos;
            Node n = ternary();
            expect(QStringLiteral(")"));
            return n;
        }
        if (t.text == u"[") {
            ++m_pos;
            Node n = make(ExprNode::Kind::List, t.position);
            while (!isOp(QStringLiteral("]"))) {
                n->children.push_back(ternary());
                if (!isOp(QStringLiteral("]")))
                    expect(QStringLiteral(","));
            }
            ++m_pos;
            return n;
        }
        if (t.text == u"#") {
            ++m_pos;
            return make(ExprNode::Kind::Element, t.position);
        }
        if (t.text == u"." && peek(1).kind == Token::Kind::Ident && m_closures > 0) { // .field inside a closure: #.field
            ++m_pos;
            Node m = make(ExprNode::Kind::Member, t.position, next().text);
            m->children.push_back(make(ExprNode::Kind::Element, t.position));
            return m;
        }
        if (t.text == u"{") {
            ++m_pos;
            const bool map = isOp(QStringLiteral("}")) || ((peek().kind == Token::Kind::Ident || peek().kind == Token::Kind::String)
                                                            && isOp(QStringLiteral(":"), 1));
            if (!map) {
                ++m_closures;
                Node n = make(ExprNode::Kind::Closure, t.position);
                n->children.push_back(ternary());
                --m_closures;
                expect(QStringLiteral("}"));
                return n;
            }
            Node n = make(ExprNode::Kind::Map, t.position);
            while (!isOp(QStringLiteral("}"))) {
                const Token key = next();
                if (key.kind != Token::Kind::Ident && key.kind != Token::Kind::String)
                    throw ParseError{Tr::tr("expected a key but found %1").arg(describe(key)), key.position};
                n->keys.append(key.kind == Token::Kind::Ident ? key.text : key.value.text);
                expect(QStringLiteral(":"));
                n->children.push_back(ternary());
                if (!isOp(QStringLiteral("}")))
                    expect(QStringLiteral(","));
            }
            ++m_pos;
            return n;
        }
        fail(Tr::tr("unexpected '%1'").arg(describe(t)));
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_closures = 0;
    int m_depth = 0;
    int m_nodes = 0;
};

} // namespace

ExprNode::~ExprNode()
{
    std::vector<std::unique_ptr<ExprNode>> pending = std::move(children);
    while (!pending.empty()) {
        std::unique_ptr<ExprNode> n = std::move(pending.back());
        pending.pop_back();
        for (auto &child : n->children)
            pending.push_back(std::move(child));
        n->children.clear();
    }
}

ExprParser::Result ExprParser::parse(const QString &expression)
{
    Result r;
    try {
        r.root = Parser(tokenize(expression)).parseAll();
    } catch (const ParseError &e) {
        r.root.reset();
        r.error = e.message;
        r.position = e.position;
    }
    return r;
}

} // namespace ps
