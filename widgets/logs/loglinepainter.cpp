#include "loglinepainter.h"

#include "themepalette.h"

#include <QPainter>
#include <QRegularExpressionMatchIterator>

namespace ps {

LogLinePainter::LogLinePainter(const QFont &font) : m_font(font), m_boldFont(font)
{
    m_boldFont.setBold(true);
    const QFontMetrics metrics(font);
    m_lineHeight = metrics.height();
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'M'));
    m_ascent = metrics.ascent();
}

int LogLinePainter::wrappedRows(qsizetype length, int columns)
{
    if (length <= 0 || columns <= 0)
        return 1;
    return int(std::min<qsizetype>((length + columns - 1) / columns, kMaxWrappedRows));
}

void LogLinePainter::paint(QPainter &p, const AnsiText &text, qsizetype first, qsizetype count, int x, int y) const
{
    const qsizetype last = std::min(text.plain.size(), first + count);
    if (first >= last)
        return;
    // Matches first, under the text.
    if (m_match.isValid() && !m_match.pattern().isEmpty()) {
        QRegularExpressionMatchIterator it = m_match.globalMatch(text.plain);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype from = std::max(first, m.capturedStart());
            const qsizetype to = std::min(last, m.capturedEnd());
            if (m.capturedStart() >= last)
                break;
            if (from < to)
                p.fillRect(x + int(from - first) * m_charWidth, y, int(to - from) * m_charWidth, m_lineHeight, ThemePalette::current().colour(ThemePalette::Role::LogMatch));
        }
    }
    if (text.spans.isEmpty()) {
        paintRun(p, text.plain, first, last, {}, x, y, first);
        return;
    }
    for (const AnsiText::Span &span : text.spans) {
        const qsizetype from = std::max<qsizetype>(first, span.start);
        const qsizetype to = std::min<qsizetype>(last, span.start + span.length);
        if (from < to)
            paintRun(p, text.plain, from, to, span.style, x, y, first);
    }
}

void LogLinePainter::paintRun(QPainter &p, const QString &plain, qsizetype from, qsizetype to, const AnsiText::Style &style, int x,
                              int y, qsizetype origin) const
{
    const int left = x + int(from - origin) * m_charWidth;
    if (style.background.isValid())
        p.fillRect(left, y, int(to - from) * m_charWidth, m_lineHeight, style.background);
    p.setPen(style.foreground.isValid() ? style.foreground : m_palette.color(QPalette::Text));
    QFont font = style.bold ? m_boldFont : m_font;
    font.setItalic(style.italic);
    font.setUnderline(style.underline);
    p.setFont(font);
    p.drawText(left, y + m_ascent, plain.sliced(from, to - from));
}

} // namespace ps
