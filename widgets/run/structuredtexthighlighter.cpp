#include "structuredtexthighlighter.h"

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
    const QTextCharFormat key = coloured(QColor(0x88, 0x13, 0x91), true);
    const QTextCharFormat string = coloured(QColor(0x1b, 0x5e, 0x20));
    const QTextCharFormat number = coloured(QColor(0x0d, 0x47, 0xa1));
    const QTextCharFormat keyword = coloured(QColor(0xbf, 0x36, 0x0c), true);
    const QTextCharFormat comment = coloured(QColor(0x75, 0x75, 0x75));
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
