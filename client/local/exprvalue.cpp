#include "exprvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace ps {

ExprValue ExprValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return of(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9e15)
            return of(qint64(d));
        return of(d);
    }
    case QJsonValue::String:
        return of(json.toString());
    case QJsonValue::Array: {
        QList<ExprValue> items;
        for (const QJsonValue &v : json.toArray())
            items.append(fromJson(v));
        return of(items);
    }
    case QJsonValue::Object: {
        ExprValue v;
        v.type = Type::Map;
        const QJsonObject o = json.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            v.map.insert(it.key(), fromJson(it.value()));
        return v;
    }
    default:
        return {};
    }
}

QJsonValue ExprValue::toJson() const
{
    switch (type) {
    case Type::Nil:
        return QJsonValue::Null;
    case Type::Bool:
        return boolean;
    case Type::Int:
        return integer;
    case Type::Float:
        return decimal;
    case Type::String:
        return text;
    case Type::List: {
        QJsonArray a;
        for (const ExprValue &v : list)
            a.append(v.toJson());
        return a;
    }
    case Type::Map: {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value().toJson());
        return o;
    }
    }
    return {};
}

QString ExprValue::toText() const
{
    switch (type) {
    case Type::Nil:
        return QStringLiteral("null");
    case Type::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(integer);
    case Type::Float:
        return std::trunc(decimal) == decimal && std::abs(decimal) < 1e15 ? QString::number(qint64(decimal))
                                                                          : QString::number(decimal, 'g', QLocale::FloatingPointShortest);
    case Type::String:
        return text;
    case Type::List:
        return QString::fromUtf8(QJsonDocument(toJson().toArray()).toJson(QJsonDocument::Compact));
    case Type::Map:
        return QString::fromUtf8(QJsonDocument(toJson().toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ExprValue::typeName() const
{
    static const char *const names[] = {"nil", "bool", "int", "float", "string", "list", "map"};
    return QString::fromLatin1(names[int(type)]);
}

qint64 ExprValue::weight(qint64 limit) const
{
    qint64 w = 1;
    switch (type) {
    case Type::String:
        w += text.size();
        break;
    case Type::List:
        for (const ExprValue &v : list) {
            if (w > limit)
                break;
            w += v.weight(limit - w);
        }
        break;
    case Type::Map:
        for (auto it = map.cbegin(); it != map.cend() && w <= limit; ++it)
            w += it.key().size() + it.value().weight(limit - w);
        break;
    default:
        break;
    }
    return w;
}

bool ExprValue::operator==(const ExprValue &other) const
{
    if (isNumber() && other.isNumber())
        return number() == other.number();
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Nil:
        return true;
    case Type::Bool:
        return boolean == other.boolean;
    case Type::String:
        return text == other.text;
    case Type::List:
        return list == other.list;
    case Type::Map:
        return map == other.map;
    default:
        return false;
    }
}

} // namespace ps
