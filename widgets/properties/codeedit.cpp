#include "codeedit.h"

#include <QFontDatabase>

namespace ps {

CodeEdit::CodeEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setMinimumHeight(120);
}

void CodeEdit::setValue(const QString &text)
{
    m_committedText = text;
    if (toPlainText() != text)
        setPlainText(text);
}

void CodeEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    const QString text = toPlainText();
    if (text != m_committedText) {
        m_committedText = text;
        emit committed(text);
    }
}

} // namespace ps
