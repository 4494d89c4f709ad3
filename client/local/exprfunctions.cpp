#include "exprfunctions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <limits>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExprFunctions)
};

using Args = QList<ExprValue>;

// A function's failure, caught in call().
struct Failure {
    QString message;
};

QString text(const ExprValue &v) { return v.toText(); }

qint64 integer(const ExprValue &v, const QString &function)
{
    if (const auto i = ExprFunctions::toInteger(v))
        return *i;
    throw Failure{Tr::tr("%1: '%2' is not a whole number").arg(function, v.toText())};
}

double decimal(const ExprValue &v, const QString &function)
{
    if (const auto d = ExprFunctions::toDecimal(v))
        return *d;
    throw Failure{Tr::tr("%1: '%2' is not a number").arg(function, v.toText())};
}

ExprValue parsedJson(const QString &json, const QString &function)
{
    QJsonParseError error;
    // Wrapped so that scalars ("3", "\"a\"") parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        throw Failure{Tr::tr("%1: '%2' is not JSON").arg(function, json.left(80))};
    return ExprValue::fromJson(doc.array().first());
}

// Whether a double converts to a 64-bit integer without overflow (NaN and infinities do not).
bool fitsInt64(double d)
{
    return std::isfinite(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

[[noreturn]] void overflow(const QString &function)
{
    throw Failure{Tr::tr("%1: the result does not fit in a 64-bit integer").arg(function)};
}

ExprValue sprigInt(const ExprValue &v)
{
    // sprig converts leniently: what is not a number becomes 0.
    if (v.type == ExprValue::Type::Int)
        return v;
    if (v.type == ExprValue::Type::String) { // exact for whole numbers a double cannot hold
        bool ok = false;
        const qint64 i = v.text.trimmed().toLongLong(&ok);
        if (ok)
            return ExprValue::of(i);
    }
    if (const auto d = ExprFunctions::toDecimal(v)) {
        if (!fitsInt64(*d))
            throw Failure{Tr::tr("'%1' does not fit in a 64-bit integer").arg(v.toText().left(60))};
        return ExprValue::of(qint64(*d));
    }
    return ExprValue::of(qint64(0));
}

// a op b on sprig integers, failing instead of overflowing.
template<typename Op>
ExprValue sprigArithmetic(const Args &a, const QString &function, Op op)
{
    qint64 r = 0;
    if (op(sprigInt(a[0]).integer, sprigInt(a[1]).integer, &r))
        overflow(function);
    return ExprValue::of(r);
}

bool emptyValue(const ExprValue &v)
{
    switch (v.type) {
    case ExprValue::Type::Nil:
        return true;
    case ExprValue::Type::Bool:
        return !v.boolean;
    case ExprValue::Type::Int:
        return v.integer == 0;
    case ExprValue::Type::Float:
        return v.decimal == 0;
    case ExprValue::Type::String:
        return v.text.isEmpty();
    case ExprValue::Type::List:
        return v.list.isEmpty();
    case ExprValue::Type::Map:
        return v.map.isEmpty();
    }
    return true;
}

ExprValue stringList(const QStringList &parts)
{
    QList<ExprValue> l;
    for (const QString &p : parts)
        l.append(ExprValue::of(p));
    return ExprValue::of(l);
}

// Fails, before building it, a text longer than an expression value may be.
void checkLength(qint64 length, const QString &function)
{
    if (length > ExprValue::kMaxWeight)
        throw Failure{Tr::tr("%1: the result would be longer than %2 characters").arg(function).arg(ExprValue::kMaxWeight)};
}

QString replaced(const QString &subject, const QString &before, const QString &after, const QString &function)
{
    const qint64 grows = qint64(after.size()) - before.size();
    if (grows > 0)
        checkLength(subject.size() + subject.count(before) * grows, function);
    return QString(subject).replace(before, after);
}

QString joined(const ExprValue &list, const QString &separator, const QString &function)
{
    qint64 length = 0;
    for (const ExprValue &v : list.list)
        length += v.weight() + separator.size();
    checkLength(length, function);
    QStringList parts;
    for (const ExprValue &v : list.list)
        parts.append(v.toText());
    return parts.join(separator);
}

struct Function {
    int minArgs;
    int maxArgs;
    std::function<ExprValue(const Args &)> body;
};

const QHash<QString, Function> &functions()
{
    using V = ExprValue;
    static const QHash<QString, Function> table{
        // Argo's own
        {QStringLiteral("asInt"), {1, 1, [](const Args &a) { return V::of(integer(a[0], QStringLiteral("asInt"))); }}},
        {QStringLiteral("asFloat"), {1, 1, [](const Args &a) { return V::of(decimal(a[0], QStringLiteral("asFloat"))); }}},
        {QStringLiteral("toJson"), {1, 1, [](const Args &a) {
             return V::of(a[0].type == V::Type::String ? QString::fromUtf8(QJsonDocument(QJsonArray{a[0].text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                                                       : a[0].toText()); }}},
        {QStringLiteral("fromJson"), {1, 1, [](const Args &a) { return parsedJson(text(a[0]), QStringLiteral("fromJson")); }}},
        {QStringLiteral("jsonpath"), {2, 2, [](const Args &a) {
             const V doc = a[0].type == V::Type::String ? parsedJson(a[0].text, QStringLiteral("jsonpath")) : a[0];
             QString error;
             const std::optional<V> found = ExprFunctions::jsonPath(doc, text(a[1]), &error);
             if (!found)
                 throw Failure{error};
             return *found; }}},
        // expr-lang builtins
        {QStringLiteral("string"), {1, 1, [](const Args &a) { return V::of(text(a[0])); }}},
        {QStringLiteral("int"), {1, 1, [](const Args &a) {
             if (a[0].type == V::Type::Float && fitsInt64(a[0].decimal))
                 return V::of(qint64(a[0].decimal));
             return V::of(integer(a[0], QStringLiteral("int"))); }}},
        {QStringLiteral("float"), {1, 1, [](const Args &a) { return V::of(decimal(a[0], QStringLiteral("float"))); }}},
        {QStringLiteral("len"), {1, 1, [](const Args &a) {
             const V &v = a[0];
             if (v.type == V::Type::String)
                 return V::of(qint64(v.text.size()));
             if (v.type == V::Type::List || v.type == V::Type::Map)
                 return V::of(qint64(v.type == V::Type::List ? v.list.size() : v.map.size()));
             throw Failure{Tr::tr("len: a %1 has no length").arg(v.typeName())}; }}},
        {QStringLiteral("upper"), {1, 1, [](const Args &a) { return V::of(text(a[0]).toUpper()); }}},
        {QStringLiteral("lower"), {1, 1, [](const Args &a) { return V::of(text(a[0]).toLower()); }}},
        {QStringLiteral("trim"), {1, 1, [](const Args &a) { return V::of(text(a[0]).trimmed()); }}},
        {QStringLiteral("split"), {2, 2, [](const Args &a) { return stringList(text(a[0]).split(text(a[1]))); }}},
        {QStringLiteral("join"), {1, 2, [](const Args &a) { return V::of(joined(a[0], a.size() > 1 ? text(a[1]) : QString(), QStringLiteral("join"))); }}},
        {QStringLiteral("replace"), {3, 3, [](const Args &a) { return V::of(replaced(text(a[0]), text(a[1]), text(a[2]), QStringLiteral("replace"))); }}},
        {QStringLiteral("abs"), {1, 1, [](const Args &a) {
             return a[0].type == V::Type::Int ? V::of(std::abs(a[0].integer)) : V::of(std::abs(decimal(a[0], QStringLiteral("abs")))); }}},
        {QStringLiteral("keys"), {1, 1, [](const Args &a) { return stringList(a[0].map.keys()); }}},
        {QStringLiteral("first"), {1, 1, [](const Args &a) { return a[0].list.isEmpty() ? V() : a[0].list.first(); }}},
        {QStringLiteral("last"), {1, 1, [](const Args &a) { return a[0].list.isEmpty() ? V() : a[0].list.last(); }}},
        // sprig: the subject comes last
        {QStringLiteral("sprig.trim"), {1, 1, [](const Args &a) { return V::of(text(a[0]).trimmed()); }}},
        {QStringLiteral("sprig.upper"), {1, 1, [](const Args &a) { return V::of(text(a[0]).toUpper()); }}},
        {QStringLiteral("sprig.lower"), {1, 1, [](const Args &a) { return V::of(text(a[0]).toLower()); }}},
        {QStringLiteral("sprig.title"), {1, 1, [](const Args &a) {
             QString s = text(a[0]);
             for (qsizetype i = 0; i < s.size(); ++i)
                 if (s[i].isLetter() && (i == 0 || !s[i - 1].isLetter()))
                     s[i] = s[i].toUpper();
             return V::of(s); }}},
        {QStringLiteral("sprig.replace"), {3, 3, [](const Args &a) { return V::of(replaced(text(a[2]), text(a[0]), text(a[1]), QStringLiteral("sprig.replace"))); }}},
        {QStringLiteral("sprig.default"), {2, 2, [](const Args &a) { return emptyValue(a[1]) ? a[0] : a[1]; }}},
        {QStringLiteral("sprig.empty"), {1, 1, [](const Args &a) { return V::of(emptyValue(a[0])); }}},
        {QStringLiteral("sprig.int"), {1, 1, [](const Args &a) { return sprigInt(a[0]); }}},
        {QStringLiteral("sprig.atoi"), {1, 1, [](const Args &a) { return sprigInt(a[0]); }}},
        {QStringLiteral("sprig.int64"), {1, 1, [](const Args &a) { return sprigInt(a[0]); }}},
        {QStringLiteral("sprig.float64"), {1, 1, [](const Args &a) { return V::of(ExprFunctions::toDecimal(a[0]).value_or(0.0)); }}},
        {QStringLiteral("sprig.toString"), {1, 1, [](const Args &a) { return V::of(text(a[0])); }}},
        {QStringLiteral("sprig.add"), {2, 2, [](const Args &a) {
             return sprigArithmetic(a, QStringLiteral("sprig.add"), [](qint64 x, qint64 y, qint64 *out) { return __builtin_add_overflow(x, y, out); }); }}},
        {QStringLiteral("sprig.sub"), {2, 2, [](const Args &a) {
             return sprigArithmetic(a, QStringLiteral("sprig.sub"), [](qint64 x, qint64 y, qint64 *out) { return __builtin_sub_overflow(x, y, out); }); }}},
        {QStringLiteral("sprig.mul"), {2, 2, [](const Args &a) {
             return sprigArithmetic(a, QStringLiteral("sprig.mul"), [](qint64 x, qint64 y, qint64 *out) { return __builtin_mul_overflow(x, y, out); }); }}},
        {QStringLiteral("sprig.div"), {2, 2, [](const Args &a) {
             const qint64 d = sprigInt(a[1]).integer;
             if (d == 0)
                 throw Failure{Tr::tr("sprig.div: division by zero")};
             const qint64 n = sprigInt(a[0]).integer;
             if (n == std::numeric_limits<qint64>::min() && d == -1)
                 overflow(QStringLiteral("sprig.div"));
             return V::of(n / d); }}},
        {QStringLiteral("sprig.max"), {2, 2, [](const Args &a) { return V::of(std::max(sprigInt(a[0]).integer, sprigInt(a[1]).integer)); }}},
        {QStringLiteral("sprig.min"), {2, 2, [](const Args &a) { return V::of(std::min(sprigInt(a[0]).integer, sprigInt(a[1]).integer)); }}},
        {QStringLiteral("sprig.contains"), {2, 2, [](const Args &a) { return V::of(text(a[1]).contains(text(a[0]))); }}},
        {QStringLiteral("sprig.hasPrefix"), {2, 2, [](const Args &a) { return V::of(text(a[1]).startsWith(text(a[0]))); }}},
        {QStringLiteral("sprig.hasSuffix"), {2, 2, [](const Args &a) { return V::of(text(a[1]).endsWith(text(a[0]))); }}},
        {QStringLiteral("sprig.trimPrefix"), {2, 2, [](const Args &a) {
             const QString s = text(a[1]), p = text(a[0]);
             return V::of(s.startsWith(p) ? s.mid(p.size()) : s); }}},
        {QStringLiteral("sprig.trimSuffix"), {2, 2, [](const Args &a) {
             const QString s = text(a[1]), p = text(a[0]);
             return V::of(s.endsWith(p) ? s.chopped(p.size()) : s); }}},
        {QStringLiteral("sprig.quote"), {1, 1, [](const Args &a) { return V::of(u'"' + text(a[0]) + u'"'); }}},
        {QStringLiteral("sprig.squote"), {1, 1, [](const Args &a) { return V::of(u'\'' + text(a[0]) + u'\''); }}},
        {QStringLiteral("sprig.repeat"), {2, 2, [](const Args &a) {
             const QString s = text(a[1]);
             const qint64 times = std::clamp<qint64>(sprigInt(a[0]).integer, 0, 10000);
             checkLength(s.size() * times, QStringLiteral("sprig.repeat"));
             return V::of(s.repeated(times)); }}},
        {QStringLiteral("sprig.substr"), {3, 3, [](const Args &a) {
             const QString s = text(a[2]);
             const qint64 from = std::clamp<qint64>(sprigInt(a[0]).integer, 0, s.size());
             const qint64 to = std::clamp<qint64>(sprigInt(a[1]).integer, from, s.size());
             return V::of(s.mid(from, to - from)); }}},
        {QStringLiteral("sprig.trunc"), {2, 2, [](const Args &a) { return V::of(text(a[1]).left(std::max<qint64>(0, sprigInt(a[0]).integer))); }}},
        {QStringLiteral("sprig.splitList"), {2, 2, [](const Args &a) { return stringList(text(a[1]).split(text(a[0]))); }}},
        {QStringLiteral("sprig.join"), {2, 2, [](const Args &a) { return V::of(joined(a[1], text(a[0]), QStringLiteral("sprig.join"))); }}},
        {QStringLiteral("sprig.list"), {0, 64, [](const Args &a) { return V::of(a); }}},
        {QStringLiteral("sprig.ternary"), {3, 3, [](const Args &a) { return a[2].type == V::Type::Bool && a[2].boolean ? a[0] : a[1]; }}},
        {QStringLiteral("sprig.b64enc"), {1, 1, [](const Args &a) { return V::of(QString::fromLatin1(text(a[0]).toUtf8().toBase64())); }}},
        {QStringLiteral("sprig.b64dec"), {1, 1, [](const Args &a) { return V::of(QString::fromUtf8(QByteArray::fromBase64(text(a[0]).toLatin1()))); }}},
        {QStringLiteral("sprig.toJson"), {1, 1, [](const Args &a) { return V::of(QString::fromUtf8(QJsonDocument(QJsonArray{a[0].toJson()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)); }}},
    };
    return table;
}

} // namespace

bool ExprFunctions::exists(const QString &name) { return functions().contains(name) || name == u"toJSON" || name == u"fromJSON"; }

std::optional<ExprValue> ExprFunctions::call(const QString &name, const QList<ExprValue> &args, QString *error)
{
    const QString key = name == u"toJSON" ? QStringLiteral("toJson") : name == u"fromJSON" ? QStringLiteral("fromJson") : name;
    const auto it = functions().constFind(key);
    if (it == functions().cend())
        return std::nullopt;
    if (args.size() < it->minArgs || args.size() > it->maxArgs) {
        *error = it->minArgs == it->maxArgs ? Tr::tr("%1 takes %n argument(s)", nullptr, it->minArgs).arg(name)
                                            : Tr::tr("%1 takes %2 to %3 arguments").arg(name).arg(it->minArgs).arg(it->maxArgs);
        return ExprValue();
    }
    try {
        return it->body(args);
    } catch (const Failure &f) {
        *error = f.message;
        return ExprValue();
    }
}

std::optional<qint64> ExprFunctions::toInteger(const ExprValue &v)
{
    if (v.type == ExprValue::Type::Int)
        return v.integer;
    if (v.type == ExprValue::Type::Float && std::trunc(v.decimal) == v.decimal && fitsInt64(v.decimal))
        return qint64(v.decimal);
    if (v.type == ExprValue::Type::String) {
        bool ok = false;
        const qint64 i = v.text.trimmed().toLongLong(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

std::optional<double> ExprFunctions::toDecimal(const ExprValue &v)
{
    if (v.isNumber())
        return v.number();
    if (v.type == ExprValue::Type::String) {
        bool ok = false;
        const double d = v.text.trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<ExprValue> ExprFunctions::jsonPath(const ExprValue &document, const QString &path, QString *error)
{
    static const QRegularExpression step(QStringLiteral(R"(^(?:\.([A-Za-z_$][\w$-]*)|\.\*|\[\*\]|\[\s*(-?\d+)\s*\]|\[\s*['"]([^'"]*)['"]\s*\]))"));
    QString rest = path.trimmed();
    if (!rest.startsWith(u'$')) {
        *error = Tr::tr("jsonpath: '%1' does not start with $").arg(path);
        return std::nullopt;
    }
    rest = rest.mid(1);
    QList<ExprValue> current{document};
    bool many = false;
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch m = step.match(rest);
        if (!m.hasMatch()) {
            *error = Tr::tr("jsonpath: cannot read '%1' in '%2'").arg(rest, path);
            return std::nullopt;
        }
        const QString field = !m.captured(1).isEmpty() ? m.captured(1) : m.captured(3);
        const bool wildcard = m.captured(0).contains(u'*');
        QList<ExprValue> next;
        for (const ExprValue &v : std::as_const(current)) {
            if (wildcard) {
                next += v.type == ExprValue::Type::List ? v.list : v.map.values();
            } else if (!m.captured(2).isEmpty() && v.type == ExprValue::Type::List) {
                qint64 i = m.captured(2).toLongLong();
                if (i < 0)
                    i += v.list.size();
                if (i >= 0 && i < v.list.size())
                    next.append(v.list[i]);
            } else if (m.captured(2).isEmpty() && v.type == ExprValue::Type::Map && v.map.contains(field)) {
                next.append(v.map.value(field));
            }
        }
        many = many || wildcard;
        current = next;
        rest = rest.mid(m.capturedLength(0));
    }
    if (many)
        return ExprValue::of(current);
    if (current.isEmpty()) {
        *error = Tr::tr("jsonpath: '%1' matches nothing").arg(path);
        return std::nullopt;
    }
    return current.first();
}

} // namespace ps
