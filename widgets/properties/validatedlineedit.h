#pragma once

#include <QLineEdit>

namespace ps {

// A line edit that can show, at the field, why its value is refused: a red frame and the
// reason as its tooltip. Emits `committed` when editing finishes with a changed value.
class ValidatedLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ValidatedLineEdit(QWidget *parent = nullptr);

    QString problem() const { return m_problem; }
    void setProblem(const QString &problem);
    // Sets the text without it counting as an edit.
    void setValue(const QString &text);

signals:
    void committed(const QString &text);

private:
    QString m_problem;
    QString m_committedText;
};

} // namespace ps
