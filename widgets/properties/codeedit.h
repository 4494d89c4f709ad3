#pragma once

#include <QPlainTextEdit>

namespace ps {

// A monospace editor for scripts and command lines. Emits `committed` when it loses focus
// with changed text, so a whole edit session is one undo step.
class CodeEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEdit(QWidget *parent = nullptr);
    void setValue(const QString &text);

signals:
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_committedText;
};

} // namespace ps
