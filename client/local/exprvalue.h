#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace ps {

// A value of an Argo `{{=…}}` expression (expr-lang): nil, a boolean, a whole or a
// decimal number, text, a list or a map.
struct ExprValue {
    enum class Type { Nil, Bool, Int, Float, String, List, Map };

    Type type = Type::Nil;
    bool boolean = false;
    qint64 integer = 0;
    double decimal = 0;
    QString text;
    QList<ExprValue> list;
    QMap<QString, ExprValue> map;

    static ExprValue of(bool b) { ExprValue v; v.type = Type::Bool; v.boolean = b; return v; }
    static ExprValue of(qint64 i) { ExprValue v; v.type = Type::Int; v.integer = i; return v; }
    static ExprValue of(double d) { ExprValue v; v.type = Type::Float; v.decimal = d; return v; }
    static ExprValue of(const QString &s) { ExprValue v; v.type = Type::String; v.text = s; return v; }
    static ExprValue of(const QList<ExprValue> &l) { ExprValue v; v.type = Type::List; v.list = l; return v; }
    static ExprValue fromJson(const QJsonValue &json);

    bool isNil() const { return type == Type::Nil; }
    bool isNumber() const { return type == Type::Int || type == Type::Float; }
    double number() const { return type == Type::Int ? double(integer) : decimal; }
    QJsonValue toJson() const;
    // As Argo puts a result into the text: strings as they are, the rest as compact JSON.
    QString toText() const;
    // For messages: what kind of value it is ("string", "int", …).
    QString typeName() const;
    bool operator==(const ExprValue &other) const;

    // Bounds what an expression may build (sprig.repeat, +, join, map…): about 16 million
    // characters, counted over a value and all it holds.
    static constexpr qint64 kMaxWeight = 16LL * 1024 * 1024;
    // The characters and items a value holds; counting stops once it passes `limit`.
    qint64 weight(qint64 limit = kMaxWeight) const;
};

} // namespace ps
