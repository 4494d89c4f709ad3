#include "structuredtexthighlighter.h"

#include "themepalette.h"

namespace ps {
namespace {
QTextCharFormat coloured(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    return f;
}
} // namespace

StructuredTextHighlighter::StructuredTextHighlighter(QTextDocument *document, Language language)
    : QSyntaxHighlighter(document)
{
    const ThemePalette &theme = ThemePalette::current();
    const QTextCharFormat key = coloured(theme.colour(ThemePalette::Role::CodeKey), true);
    const QTextCharFormat string = coloured(theme.colour(ThemePalette::Role::CodeString));
    const QTextCharFormat number = coloured(theme.colour(ThemePalette::Role::CodeNumber));
    const QTextCharFormat keyword = coloured(theme.colour(ThemePalette::Role::CodeKeyword), true);
    const QTextCharFormat comment = coloured(theme.colour(ThemePalette::Role::CodeComment));
    m_rules.append({QRegularExpression(QStringLiteral(R"(-?\b\d+(\.\d+)?([eE][+-]?\d+)?\b)")), number});
    m_rules.append({QRegularExpression(QStringLiteral(R"(\b(true|false|null|True|False|None|yes|no|~)\b)")), keyword});
    m_rules.append({QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*")")), string});
    if (language == Language::Json) {
        m_rules.append({QRegularExpression(QStringLiteral(R"(("(?:[^"\\]|\\.)*")\s*:)")), key, 1});
    } else {
        m_rules.append({QRegularExpression(QStringLiteral(R"('(?:[^']|'')*')")), string});
        m_rules.append({QRegularExpression(QStringLiteral(R"(^\s*(?:-\s+)?([^\s#:'"][^:#]*?)\s*:(?:\s|$))")), key, 1});
        m_rules.append({QRegularExpression(QStringLiteral(R"((?:^|\s)(#.*)$)")), comment, 1});
    }
}

void StructuredTextHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace ps
