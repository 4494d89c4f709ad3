#include "exprevaluator.h"

#include "exprfunctions.h"
#include "exprparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <vector>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExprEvaluator)
};

// An evaluation error at a column of the expression; caught in ExprEvaluator::evaluate.
struct EvalError {
    QString message;
    int position;
};

using Type = ExprValue::Type;

class Evaluation
{
public:
    explicit Evaluation(const ExprEvaluator::Lookup &lookup) : m_lookup(lookup) {}

    ExprValue eval(const ExprNode &n)
    {
        switch (n.kind) {
        case ExprNode::Kind::Literal:
            return n.value;
        case ExprNode::Kind::Name:
        case ExprNode::Kind::Member:
        case ExprNode::Kind::Index:
            return access(n, false);
        case ExprNode::Kind::Unary:
            return unary(n);
        case ExprNode::Kind::Binary:
            return binary(n);
        case ExprNode::Kind::Ternary:
            return truth(*n.children[0]) ? eval(*n.children[1]) : eval(*n.children[2]);
        case ExprNode::Kind::Call:
            return bounded(call(n), n);
        case ExprNode::Kind::List: {
            QList<ExprValue> items;
            for (const auto &c : n.children)
                items.append(eval(*c));
            return bounded(ExprValue::of(items), n);
        }
        case ExprNode::Kind::Map: {
            ExprValue m;
            m.type = Type::Map;
            for (size_t i = 0; i < n.children.size(); ++i)
                m.map.insert(n.keys[qsizetype(i)], eval(*n.children[i]));
            return bounded(std::move(m), n);
        }
        case ExprNode::Kind::Closure:
            throw EvalError{Tr::tr("a {…} closure can only be given to filter, map, all, any, none or count"), n.position};
        case ExprNode::Kind::Element:
            if (m_elements.empty())
                throw EvalError{Tr::tr("'#' is used outside a closure"), n.position};
            return m_elements.back();
        }
        return {};
    }

private:
    // What an expression computes stays within ExprValue::kMaxWeight: 1,000 nested repeats
    // or a doubling chain of + must fail, not take all memory.
    static ExprValue bounded(ExprValue v, const ExprNode &n)
    {
        if (v.weight() > ExprValue::kMaxWeight)
            throw EvalError{Tr::tr("the value is larger than %1 characters").arg(ExprValue::kMaxWeight), n.position};
        return v;
    }

    // The dotted reference a chain of names, members and constant keys stands for.
    std::optional<QString> referenceOf(const ExprNode &n)
    {
        if (n.kind == ExprNode::Kind::Name)
            return n.text;
        if (n.kind == ExprNode::Kind::Member || n.kind == ExprNode::Kind::Index) {
            const std::optional<QString> base = referenceOf(*n.children[0]);
            if (!base)
                return std::nullopt;
            if (n.kind == ExprNode::Kind::Member)
                return *base + u'.' + n.text;
            const ExprValue key = eval(*n.children[1]);
            if (key.type != Type::String && key.type != Type::Int)
                throw EvalError{Tr::tr("a %1 cannot be a key").arg(key.typeName()), n.children[1]->position};
            return *base + u'.' + key.toText();
        }
        return std::nullopt;
    }

    static std::optional<ExprValue> jsonOf(const QString &text)
    {
        const QString t = text.trimmed();
        if (!t.startsWith(u'{') && !t.startsWith(u'['))
            return std::nullopt;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (doc.isNull())
            return std::nullopt;
        return ExprValue::fromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }

    static std::optional<ExprValue> member(const ExprValue &v, const QString &key)
    {
        if (v.type == Type::Map && v.map.contains(key))
            return v.map.value(key);
        if (v.type == Type::List) {
            bool ok = false;
            qint64 i = key.toLongLong(&ok);
            if (ok && i < 0)
                i += v.list.size();
            if (ok && i >= 0 && i < v.list.size())
                return v.list[i];
        }
        if (v.type == Type::String) // a JSON text read as what it holds
            if (const std::optional<ExprValue> json = jsonOf(v.text))
                return member(*json, key);
        return std::nullopt;
    }

    // A reference: given whole by the lookup, or a field of a value one of its prefixes gives.
    ExprValue access(const ExprNode &n, bool missingIsNil)
    {
        if (const std::optional<QString> ref = referenceOf(n)) {
            if (const std::optional<QString> v = m_lookup(*ref))
                return ExprValue::of(*v);
            const QStringList parts = ref->split(u'.');
            for (qsizetype k = parts.size() - 1; k >= 1; --k) {
                const std::optional<QString> base = m_lookup(parts.first(k).join(u'.'));
                if (!base)
                    continue;
                std::optional<ExprValue> v = ExprValue::of(*base);
                for (qsizetype i = k; v && i < parts.size(); ++i)
                    v = member(*v, parts[i]);
                if (v)
                    return *v;
                break;
            }
            if (missingIsNil)
                return {};
            throw EvalError{Tr::tr("cannot resolve '%1'").arg(*ref), n.position};
        }
        // A member of a computed value: fromJson(x).a, [1, 2][0], #.name.
        const ExprValue base = eval(*n.children[0]);
        const ExprValue key = n.kind == ExprNode::Kind::Member ? ExprValue::of(n.text) : eval(*n.children[1]);
        if (const std::optional<ExprValue> v = member(base, key.toText()))
            return *v;
        if (missingIsNil)
            return {};
        throw EvalError{Tr::tr("a %1 has no field '%2'").arg(base.typeName(), key.toText()), n.position};
    }

    ExprValue evalOrNil(const ExprNode &n)
    {
        if (n.kind == ExprNode::Kind::Name || n.kind == ExprNode::Kind::Member || n.kind == ExprNode::Kind::Index)
            return access(n, true);
        return eval(n);
    }

    bool truth(const ExprNode &n) { return truthOf(eval(n), n.position); }
    static bool truthOf(const ExprValue &v, int position)
    {
        if (v.type != Type::Bool)
            throw EvalError{Tr::tr("expected true or false, got the %1 '%2'").arg(v.typeName(), v.toText().left(60)), position};
        return v.boolean;
    }

    ExprValue unary(const ExprNode &n)
    {
        if (n.text == u"!")
            return ExprValue::of(!truth(*n.children[0]));
        const ExprValue v = eval(*n.children[0]);
        if (!v.isNumber())
            throw EvalError{Tr::tr("cannot apply '%1' to the %2 '%3'").arg(n.text, v.typeName(), v.toText()), n.position};
        if (n.text == u"+")
            return v;
        if (v.type != Type::Int)
            return ExprValue::of(-v.decimal);
        qint64 r = 0;
        if (__builtin_sub_overflow(qint64(0), v.integer, &r))
            throw overflow(n);
        return ExprValue::of(r);
    }

    static EvalError overflow(const ExprNode &n)
    {
        return {Tr::tr("the result of '%1' does not fit in a 64-bit integer").arg(n.text), n.position};
    }

    // a op b on integers, failing instead of overflowing.
    template<typename Op>
    static ExprValue checked(const ExprNode &n, qint64 a, qint64 b, Op op)
    {
        qint64 r = 0;
        if (op(a, b, &r))
            throw overflow(n);
        return ExprValue::of(r);
    }

    static bool isNilLiteral(const ExprNode &n) { return n.kind == ExprNode::Kind::Literal && n.value.isNil(); }

    // A left-deep chain (1 + 1 + … + 1, a && b && …) is as long as the expression: it is
    // folded in a loop from its innermost operator out, so the stack does not grow with it.
    ExprValue binary(const ExprNode &n)
    {
        std::vector<const ExprNode *> spine;
        for (const ExprNode *p = &n; p->kind == ExprNode::Kind::Binary; p = p->children[0].get())
            spine.push_back(p);
        std::optional<ExprValue> left; // the value of the next operator's left operand, once known
        for (auto it = spine.crbegin(); it != spine.crend(); ++it)
            left = bounded(binaryWith(**it, left), **it);
        return *left;
    }

    // The left operand's value: already computed (`known`), or evaluated now.
    ExprValue leftValue(const ExprNode &l, const std::optional<ExprValue> &known, bool missingIsNil)
    {
        if (known)
            return *known;
        return missingIsNil ? evalOrNil(l) : eval(l);
    }
    bool leftTruth(const ExprNode &l, const std::optional<ExprValue> &known)
    {
        return known ? truthOf(*known, l.position) : truth(l);
    }

    ExprValue binaryWith(const ExprNode &n, const std::optional<ExprValue> &known)
    {
        const QString &op = n.text;
        const ExprNode &l = *n.children[0], &r = *n.children[1];
        if (op == u"&&")
            return ExprValue::of(leftTruth(l, known) && truth(r));
        if (op == u"||")
            return ExprValue::of(leftTruth(l, known) || truth(r));
        if (op == u"??") {
            const ExprValue v = leftValue(l, known, true);
            return v.isNil() ? eval(r) : v;
        }
        const bool nilCheck = isNilLiteral(l) || isNilLiteral(r);
        const ExprValue a = leftValue(l, known, nilCheck);
        const ExprValue b = nilCheck ? evalOrNil(r) : eval(r);
        if (op == u"==")
            return ExprValue::of(a == b);
        if (op == u"!=")
            return ExprValue::of(!(a == b));
        auto refuse = [&]() -> EvalError {
            return {Tr::tr("cannot apply '%1' to the %2 '%3' and the %4 '%5'")
                        .arg(op, a.typeName(), a.toText().left(60), b.typeName(), b.toText().left(60)), n.position};
        };
        if (op == u"in" || op == u"not in") {
            bool found = false;
            if (b.type == Type::List)
                found = b.list.contains(a);
            else if (b.type == Type::Map)
                found = b.map.contains(a.toText());
            else
                throw refuse();
            return ExprValue::of(op == u"in" ? found : !found);
        }
        if (op == u"matches" || op == u"contains" || op == u"startsWith" || op == u"endsWith") {
            if (a.type != Type::String || b.type != Type::String)
                throw refuse();
            if (op == u"contains")
                return ExprValue::of(a.text.contains(b.text));
            if (op == u"startsWith")
                return ExprValue::of(a.text.startsWith(b.text));
            if (op == u"endsWith")
                return ExprValue::of(a.text.endsWith(b.text));
            const QRegularExpression re(b.text);
            if (!re.isValid())
                throw EvalError{Tr::tr("'%1' is not a regular expression: %2").arg(b.text, re.errorString()), r.position};
            return ExprValue::of(re.match(a.text).hasMatch());
        }
        if (op == u"<" || op == u">" || op == u"<=" || op == u">=") {
            int order = 0;
            if (a.isNumber() && b.isNumber())
                order = a.number() < b.number() ? -1 : a.number() > b.number() ? 1 : 0;
            else if (a.type == Type::String && b.type == Type::String)
                order = a.text.compare(b.text);
            else
                throw refuse();
            return ExprValue::of(op == u"<" ? order < 0 : op == u">" ? order > 0 : op == u"<=" ? order <= 0 : order >= 0);
        }
        if (op == u"+" && a.type == Type::String && b.type == Type::String)
            return ExprValue::of(a.text + b.text);
        if (op == u"+" && a.type == Type::List && b.type == Type::List)
            return ExprValue::of(a.list + b.list);
        if (!a.isNumber() || !b.isNumber())
            throw refuse();
        const bool ints = a.type == Type::Int && b.type == Type::Int;
        if (op == u"+")
            return ints ? checked(n, a.integer, b.integer, [](qint64 x, qint64 y, qint64 *out) { return __builtin_add_overflow(x, y, out); })
                        : ExprValue::of(a.number() + b.number());
        if (op == u"-")
            return ints ? checked(n, a.integer, b.integer, [](qint64 x, qint64 y, qint64 *out) { return __builtin_sub_overflow(x, y, out); })
                        : ExprValue::of(a.number() - b.number());
        if (op == u"*")
            return ints ? checked(n, a.integer, b.integer, [](qint64 x, qint64 y, qint64 *out) { return __builtin_mul_overflow(x, y, out); })
                        : ExprValue::of(a.number() * b.number());
        if (op == u"**")
            return ExprValue::of(std::pow(a.number(), b.number()));
        if ((op == u"/" || op == u"%") && b.number() == 0)
            throw EvalError{Tr::tr("division by zero"), n.position};
        if (op == u"/")
            return ExprValue::of(a.number() / b.number());
        if (!ints)
            throw refuse();
        if (b.integer == -1) // x % -1 is 0; computing it traps for the smallest integer
            return ExprValue::of(qint64(0));
        return ExprValue::of(a.integer % b.integer);
    }

    ExprValue call(const ExprNode &n)
    {
        static const QStringList closures{QStringLiteral("filter"), QStringLiteral("map"), QStringLiteral("all"),
                                          QStringLiteral("any"), QStringLiteral("none"), QStringLiteral("count")};
        if (closures.contains(n.text))
            return withClosure(n);
        QList<ExprValue> args;
        for (const auto &c : n.children)
            args.append(eval(*c));
        QString error;
        const std::optional<ExprValue> v = ExprFunctions::call(n.text, args, &error);
        if (!v)
            throw EvalError{Tr::tr("there is no function '%1'").arg(n.text), n.position};
        if (!error.isEmpty())
            throw EvalError{error, n.position};
        return *v;
    }

    ExprValue withClosure(const ExprNode &n)
    {
        if (n.children.size() != 2 || n.children[1]->kind != ExprNode::Kind::Closure)
            throw EvalError{Tr::tr("%1 takes a list and a {…} closure").arg(n.text), n.position};
        ExprValue list = eval(*n.children[0]);
        if (list.type == Type::String) // a JSON list given as text, as parameters are
            if (const std::optional<ExprValue> json = jsonOf(list.text))
                list = *json;
        if (list.type != Type::List)
            throw EvalError{Tr::tr("%1 needs a list, got the %2 '%3'").arg(n.text, list.typeName(), list.toText().left(60)), n.position};
        const ExprNode &body = *n.children[1]->children[0];
        QList<ExprValue> kept;
        qint64 hits = 0;
        for (const ExprValue &element : std::as_const(list.list)) {
            m_elements.push_back(element);
            if (n.text == u"map") {
                kept.append(eval(body));
            } else if (truth(body)) {
                ++hits;
                kept.append(element);
            }
            m_elements.pop_back();
        }
        if (n.text == u"filter" || n.text == u"map")
            return ExprValue::of(kept);
        if (n.text == u"count")
            return ExprValue::of(hits);
        const qint64 size = list.list.size();
        return ExprValue::of(n.text == u"all" ? hits == size : n.text == u"any" ? hits > 0 : hits == 0);
    }

    const ExprEvaluator::Lookup &m_lookup;
    std::vector<ExprValue> m_elements;
};

} // namespace

BackendResult<ExprValue> ExprEvaluator::evaluate(const QString &expression, const Lookup &lookup)
{
    const ExprParser::Result parsed = ExprParser::parse(expression);
    if (!parsed.root)
        return BackendResult<ExprValue>::failure(
            Tr::tr("the expression '%1' does not parse at position %2: %3").arg(expression.trimmed()).arg(parsed.position).arg(parsed.error));
    try {
        return {Evaluation(lookup).eval(*parsed.root), {}};
    } catch (const EvalError &e) {
        return BackendResult<ExprValue>::failure(
            Tr::tr("the expression '%1' failed at position %2: %3").arg(expression.trimmed()).arg(e.position).arg(e.message));
    }
}

BackendResult<QString> ExprEvaluator::evaluateText(const QString &expression, const Lookup &lookup)
{
    const BackendResult<ExprValue> v = evaluate(expression, lookup);
    if (!v.ok())
        return BackendResult<QString>::failure(v.error);
    if (v.value.isNil())
        return BackendResult<QString>::failure(Tr::tr("the expression '%1' gives nil").arg(expression.trimmed()));
    return {v.value.toText(), {}};
}

} // namespace ps
