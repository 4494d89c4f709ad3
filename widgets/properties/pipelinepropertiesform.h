#pragma once

#include <QWidget>

class QComboBox;

namespace ps {

class CodeEdit;
class KeyValueTable;
class PipelineDocument;
class ValidatedLineEdit;

// Properties of the pipeline itself, shown when no task is selected: name, description,
// schedule, parameters (name, type, default) and the exit handler.
class PipelinePropertiesForm : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePropertiesForm(PipelineDocument *document, QWidget *parent = nullptr);

    void reload();
    KeyValueTable *parametersTable() const { return m_parameters; }
    ValidatedLineEdit *nameEdit() const { return m_name; }

private:
    void commitInfo();
    void commitParameters(const QList<QStringList> &rows);
    void commitExitHandler(int index);

    PipelineDocument *m_document;
    ValidatedLineEdit *m_name;
    CodeEdit *m_description;
    ValidatedLineEdit *m_schedule;
    KeyValueTable *m_parameters;
    QComboBox *m_exitHandler;
    bool m_loading = false;
};

} // namespace ps
