#include "runlookups.h"

#include "whenexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ps::runlookups {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

const QRegularExpression &dependsToken()
{
    static const QRegularExpression re(
        QStringLiteral(R"(([A-Za-z0-9_][A-Za-z0-9_-]*)(?:\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed))?)"));
    return re;
}

} // namespace

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers as integers; converting one past the 64-bit range would be undefined.
        const bool whole = std::isfinite(d) && std::trunc(d) == d && std::abs(d) < 9.0e18;
        return whole ? QString::number(qint64(d)) : QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

QJsonValue jsonValueOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'{') || t.startsWith(u'[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return text;
}

std::optional<QJsonValue> field(const QJsonValue &item, const QString &path)
{
    QJsonValue v = item;
    if (v.isString())
        v = jsonValueOf(v.toString());
    for (const QString &key : path.split(u'.', Qt::SkipEmptyParts)) {
        if (!v.isObject() || !v.toObject().contains(key))
            return std::nullopt;
        v = v.toObject().value(key);
    }
    return v;
}

bool continuesOn(const QJsonObject &taskExtras, TaskPhase phase)
{
    const QJsonObject on = taskExtras.value(QStringLiteral("continueOn")).toObject();
    return (phase == TaskPhase::Failed && on.value(QStringLiteral("failed")).toBool())
           || (phase == TaskPhase::Error && on.value(QStringLiteral("error")).toBool());
}

QStringList dependsNames(const QString &depends)
{
    QStringList names;
    auto it = dependsToken().globalMatch(depends);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

BackendResult<bool> evaluateDepends(const QString &depends,
                                    const std::function<std::optional<TaskPhase>(const QString &task)> &phaseOf)
{
    QString text;
    qsizetype pos = 0;
    auto it = dependsToken().globalMatch(depends);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        text += QStringView(depends).sliced(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const std::optional<TaskPhase> phase = phaseOf(m.captured(1));
        if (!phase)
            return BackendResult<bool>::failure(Tr::tr("depends names unknown task '%1'").arg(m.captured(1)));
        const QString what = m.captured(2);
        bool v = false;
        if (what.isEmpty())
            v = isSuccessful(*phase);
        else if (what == u"Succeeded" || what == u"AnySucceeded")
            v = *phase == TaskPhase::Succeeded || *phase == TaskPhase::Cached;
        else if (what == u"Failed" || what == u"AllFailed")
            v = *phase == TaskPhase::Failed;
        else if (what == u"Errored")
            v = *phase == TaskPhase::Error;
        else if (what == u"Skipped")
            v = *phase == TaskPhase::Skipped;
        else if (what == u"Omitted")
            v = *phase == TaskPhase::Omitted;
        text += v ? QStringLiteral("true") : QStringLiteral("false");
    }
    text += QStringView(depends).sliced(pos);
    return WhenExpression::evaluate(text);
}

} // namespace ps::runlookups
