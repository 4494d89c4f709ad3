#include "ansitext.h"

namespace ps {

namespace {

constexpr QRgb kBasic[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                             0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};

QColor palette256(int n)
{
    if (n < 16)
        return QColor(kBasic[n]);
    if (n < 232) {
        const int i = n - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level(i / 6 % 6), level(i % 6));
    }
    const int grey = 8 + (n - 232) * 10;
    return QColor(grey, grey, grey);
}

// The end of the escape sequence starting at `i` (ESC), one past its last character.
qsizetype sequenceEnd(QStringView text, qsizetype i)
{
    if (i + 1 >= text.size())
        return text.size();
    const QChar kind = text[i + 1];
    if (kind == u'[') { // CSI: parameters, then a final byte in @..~
        qsizetype j = i + 2;
        while (j < text.size() && !(text[j].unicode() >= 0x40 && text[j].unicode() <= 0x7e))
            ++j;
        return std::min(j + 1, text.size());
    }
    if (kind == u']') { // OSC: up to BEL or ESC backslash
        for (qsizetype j = i + 2; j < text.size(); ++j) {
            if (text[j] == QChar(0x07))
                return j + 1;
            if (text[j] == QChar(0x1b) && j + 1 < text.size() && text[j + 1] == u'\\')
                return j + 2;
        }
        return text.size();
    }
    return i + 2;
}

} // namespace

void AnsiText::applySgr(Sgr &state, QStringView params)
{
    QList<int> codes;
    for (QStringView part : params.split(u';'))
        codes.append(part.isEmpty() ? 0 : part.toInt());
    if (codes.isEmpty())
        codes.append(0);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes[i];
        Style &s = state.style;
        if (c == 0)
            state = {};
        else if (c == 1)
            s.bold = true;
        else if (c == 3)
            s.italic = true;
        else if (c == 4)
            s.underline = true;
        else if (c == 7)
            state.inverse = true;
        else if (c == 22)
            s.bold = false;
        else if (c == 23)
            s.italic = false;
        else if (c == 24)
            s.underline = false;
        else if (c == 27)
            state.inverse = false;
        else if (c >= 30 && c <= 37)
            s.foreground = QColor(kBasic[c - 30]);
        else if (c >= 90 && c <= 97)
            s.foreground = QColor(kBasic[c - 90 + 8]);
        else if (c == 39)
            s.foreground = QColor();
        else if (c >= 40 && c <= 47)
            s.background = QColor(kBasic[c - 40]);
        else if (c >= 100 && c <= 107)
            s.background = QColor(kBasic[c - 100 + 8]);
        else if (c == 49)
            s.background = QColor();
        else if ((c == 38 || c == 48) && i + 1 < codes.size()) {
            QColor color;
            if (codes[i + 1] == 5 && i + 2 < codes.size()) {
                color = palette256(std::clamp(codes[i + 2], 0, 255));
                i += 2;
            } else if (codes[i + 1] == 2 && i + 4 < codes.size()) {
                color = QColor(std::clamp(codes[i + 2], 0, 255), std::clamp(codes[i + 3], 0, 255), std::clamp(codes[i + 4], 0, 255));
                i += 4;
            } else {
                break;
            }
            (c == 38 ? s.foreground : s.background) = color;
        }
    }
}

AnsiText AnsiText::parse(QStringView text)
{
    AnsiText result;
    if (!hasEscapes(text)) {
        result.plain = text.toString();
        return result;
    }
    result.plain.reserve(text.size());
    Sgr state;
    bool styled = false;
    const auto startSpan = [&] {
        Style shown = state.style;
        if (state.inverse) {
            std::swap(shown.foreground, shown.background);
            if (!shown.foreground.isValid())
                shown.foreground = QColor(Qt::white);
            if (!shown.background.isValid())
                shown.background = QColor(Qt::black);
        }
        const int at = int(result.plain.size());
        if (!result.spans.isEmpty() && result.spans.back().start + result.spans.back().length == at && result.spans.back().length == 0)
            result.spans.back().style = shown;
        else if (result.spans.isEmpty() || !(result.spans.back().style == shown))
            result.spans.append({at, 0, shown});
        styled = styled || !(shown == Style());
    };
    startSpan();
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype esc = text.indexOf(QChar(0x1b), i);
        const qsizetype runEnd = esc < 0 ? text.size() : esc;
        result.plain += text.sliced(i, runEnd - i);
        result.spans.back().length += int(runEnd - i);
        if (esc < 0)
            break;
        const qsizetype end = sequenceEnd(text, esc);
        if (end - esc >= 3 && text[esc + 1] == u'[' && text[end - 1] == u'm') {
            applySgr(state, text.sliced(esc + 2, end - esc - 3));
            startSpan();
        }
        i = end;
    }
    if (!styled)
        result.spans.clear();
    else
        result.spans.removeIf([](const Span &s) { return s.length == 0; });
    return result;
}

QString AnsiText::strip(QStringView text)
{
    if (!hasEscapes(text))
        return text.toString();
    QString plain;
    plain.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype esc = text.indexOf(QChar(0x1b), i);
        if (esc < 0) {
            plain += text.sliced(i);
            break;
        }
        plain += text.sliced(i, esc - i);
        i = sequenceEnd(text, esc);
    }
    return plain;
}

} // namespace ps
