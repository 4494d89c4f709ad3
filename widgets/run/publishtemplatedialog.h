#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ps {

class RunBackend;

// Asks where to publish a pipeline as a WorkflowTemplate (one of the connections whose engine
// has templates: Argo) and under which name (a Kubernetes object name; the pipeline's name to
// start with).
class PublishTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    PublishTemplateDialog(const QString &pipelineName, const QList<RunBackend *> &backends, QWidget *parent = nullptr);

    RunBackend *backend() const;
    void setBackend(RunBackend *backend);
    QString templateName() const;
    QLineEdit *nameField() const { return m_name; }
    // Why Publish is disabled, or "" when it is enabled.
    QString problem() const;

private:
    void validate();

    QList<RunBackend *> m_backends;
    QComboBox *m_target;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace ps
