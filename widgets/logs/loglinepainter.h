#pragma once

#include "ansitext.h"

#include <QFont>
#include <QFontMetrics>
#include <QList>
#include <QPalette>
#include <QRegularExpression>

class QPainter;

namespace ps {

// Paints the text of one log line in a fixed-width font: its ANSI styles, the search matches
// highlighted, only the characters that can be seen. Wrapped lines break every `columns`
// characters.
class LogLinePainter
{
public:
    static constexpr int kMaxWrappedRows = 400; // a multi-megabyte line shows its start

    explicit LogLinePainter(const QFont &font);
    const QFont &font() const { return m_font; }
    int lineHeight() const { return m_lineHeight; }
    int charWidth() const { return m_charWidth; }
    int ascent() const { return m_ascent; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setMatchExpression(const QRegularExpression &re) { m_match = re; }

    // Rows the text takes when wrapped at `columns`.
    static int wrappedRows(qsizetype length, int columns);
    // Paints characters [first, first+count) of `text` at x, baseline row top `y`.
    void paint(QPainter &p, const AnsiText &text, qsizetype first, qsizetype count, int x, int y) const;

private:
    void paintRun(QPainter &p, const QString &plain, qsizetype from, qsizetype to, const AnsiText::Style &style, int x, int y,
                  qsizetype origin) const;

    QFont m_font;
    QFont m_boldFont;
    QPalette m_palette;
    QRegularExpression m_match;
    int m_lineHeight = 0;
    int m_charWidth = 0;
    int m_ascent = 0;
};

} // namespace ps
