#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace ps {

// Text with ANSI escape sequences as terminals show it: the SGR codes (ESC[…m: 16, 256 and
// 24-bit colours, bold, italic, underline, inverse) become styled spans of the plain text;
// every other escape sequence is dropped.
class AnsiText
{
public:
    struct Style {
        QColor foreground; // invalid: the view's default
        QColor background;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool operator==(const Style &) const = default;
    };
    struct Span {
        int start = 0;
        int length = 0;
        Style style;
    };

    static AnsiText parse(QStringView text);
    // The text without escape sequences (what a search looks at).
    static QString strip(QStringView text);
    static bool hasEscapes(QStringView text) { return text.contains(QChar(0x1b)); }

    QString plain;
    QList<Span> spans; // cover `plain` in order; empty when it has no style at all

private:
    struct Sgr {
        Style style;
        bool inverse = false;
    };
    static void applySgr(Sgr &state, QStringView params);
};

} // namespace ps
