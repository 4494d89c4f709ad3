#include "promqleditor.h"

#include "promqlcompletionsource.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace ps {

PromQlEditor::PromQlEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("PromQL, e.g. rate(node_cpu_seconds_total[1m]) — Ctrl+Return runs it"));
    setTabChangesFocus(true);
    m_words = new QStringListModel(this);
    m_completer = new QCompleter(m_words, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &PromQlEditor::insertCompletion);
    setMaximumHeight(fontMetrics().height() * 5);
}

void PromQlEditor::setCompletionSource(PromQlCompletionSource *source) { m_source = source; }

void PromQlEditor::complete()
{
    const PromQlContext context = PromQlContext::at(toPlainText(), textCursor().position());
    if (!m_source || context.kind == PromQlContext::Kind::None) {
        m_completer->popup()->hide();
        return;
    }
    const int request = ++m_request;
    m_source->candidates(context).then(this, [this, context, request](const QStringList &words) {
        if (request != m_request)
            return;
        m_context = context;
        m_words->setStringList(words);
        m_completer->setCompletionPrefix(context.prefix);
        if (m_completer->completionCount() == 0
            || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == context.prefix)) {
            m_completer->popup()->hide();
            return;
        }
        QRect r = cursorRect();
        r.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
        m_completer->complete(r);
    });
}

void PromQlEditor::insertCompletion(const QString &word)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_context.prefixStart);
    cursor.setPosition(m_context.prefixStart + int(m_context.prefix.size()), QTextCursor::KeepAnchor);
    cursor.insertText(word);
    setTextCursor(cursor);
}

void PromQlEditor::markError(int offset)
{
    if (offset < 0) {
        setExtraSelections({});
        return;
    }
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(document());
    mark.cursor.setPosition(std::min(offset, int(toPlainText().size())));
    if (!mark.cursor.atEnd())
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    else if (!mark.cursor.atStart())
        mark.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(Qt::red);
    mark.format.setBackground(QColor(255, 0, 0, 40));
    setExtraSelections({mark});
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(offset, int(toPlainText().size())));
    setTextCursor(cursor);
}

void PromQlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ControlModifier)) {
        emit runRequested();
        return;
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    markError(-1);
    const QString typed = event->text();
    if (!typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed == u"_" || typed == u"{" || typed == u"\""
                             || typed == u"," || typed == u"("))
        complete();
    else if (m_completer->popup()->isVisible())
        complete();
}

} // namespace ps
