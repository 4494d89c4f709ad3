#include "validatedlineedit.h"

namespace ps {

ValidatedLineEdit::ValidatedLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (text() == m_committedText)
            return;
        m_committedText = text();
        emit committed(text());
    });
}

void ValidatedLineEdit::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #d32f2f; }"));
    setToolTip(problem);
    setAccessibleDescription(problem);
}

void ValidatedLineEdit::setValue(const QString &text)
{
    m_committedText = text;
    if (this->text() != text)
        setText(text);
}

} // namespace ps
