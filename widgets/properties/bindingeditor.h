#pragma once

#include "binding.h"

#include <QWidget>

class QComboBox;
class QStackedWidget;
class QLineEdit;

namespace ps {

class ValidatedLineEdit;
struct Pipeline;
struct PortSpec;

// What feeds one input, chosen in place: nothing, a constant, a pipeline parameter, an
// upstream output (only those the connection rules allow), the loop item, or an expression.
class BindingEditor : public QWidget
{
    Q_OBJECT

public:
    BindingEditor(const Pipeline &pipeline, const QString &graphKey, TaskId task, const QString &input,
                  const PortSpec *port, const Binding &current, QWidget *parent = nullptr);

    ValidatedLineEdit *valueEdit() const { return m_value; }
    QComboBox *kindBox() const { return m_kind; }

signals:
    void bindingEdited(const ps::Binding &binding);

private:
    void commit();

    const PortSpec *m_port;
    QComboBox *m_kind;
    QStackedWidget *m_stack;
    ValidatedLineEdit *m_value;
    QComboBox *m_parameter;
    QComboBox *m_upstream;
    QLineEdit *m_item;
    QLineEdit *m_expression;
    bool m_loading = true;
};

} // namespace ps
