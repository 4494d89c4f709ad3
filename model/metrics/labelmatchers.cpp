#include "labelmatchers.h"

#include <QRegularExpression>

namespace ps {

LabelMatchers LabelMatchers::parse(const QString &text)
{
    LabelMatchers result;
    QString body = text.trimmed();
    if (body.startsWith(u'{') && body.endsWith(u'}'))
        body = body.mid(1, body.size() - 2);
    static const QRegularExpression matcher(
        QStringLiteral(R"re(\G\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(,|$))re"));
    qsizetype at = 0;
    while (at < body.size()) {
        const QRegularExpressionMatch m = matcher.match(body, at, QRegularExpression::NormalMatch,
                                                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            if (!body.mid(at).trimmed().isEmpty()) {
                result.m_matchers.clear();
                result.m_valid = false;
            }
            break;
        }
        result.m_matchers.append({m.captured(1), m.captured(2), m.captured(3)});
        at = m.capturedEnd(0);
    }
    return result;
}

bool LabelMatchers::has(const QString &name) const
{
    return std::any_of(m_matchers.cbegin(), m_matchers.cend(), [&](const Matcher &m) { return m.name == name; });
}

QString LabelMatchers::value(const QString &name) const
{
    for (const Matcher &m : m_matchers)
        if (m.name == name)
            return m.value;
    return {};
}

LabelMatchers LabelMatchers::with(const QString &name, const QString &op, const QString &value) const
{
    LabelMatchers result = *this;
    result.m_matchers.append({name, op, value});
    return result;
}

LabelMatchers LabelMatchers::renamed(const QString &from, const QString &to) const
{
    LabelMatchers result = *this;
    for (Matcher &m : result.m_matchers)
        if (m.name == from)
            m.name = to;
    return result;
}

QString LabelMatchers::toString() const
{
    QStringList parts;
    for (const Matcher &m : m_matchers)
        parts.append(m.name + m.op + u'"' + m.value + u'"');
    return u'{' + parts.join(u',') + u'}';
}

QString LabelMatchers::escapeValue(const QString &raw)
{
    QString s = raw;
    return s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
}

QString LabelMatchers::escapeRegexValue(const QString &raw)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$");
    QString literal;
    literal.reserve(raw.size());
    for (const QChar c : raw) {
        if (special.contains(c))
            literal += u'\\';
        literal += c;
    }
    return escapeValue(literal);
}

} // namespace ps
