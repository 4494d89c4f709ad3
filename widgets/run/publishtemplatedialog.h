#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ps {

class ArgoBackend;

// Asks where to publish a pipeline as an Argo WorkflowTemplate (one of the Argo connections)
// and under which name (a Kubernetes object name; the pipeline's name to start with).
class PublishTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    PublishTemplateDialog(const QString &pipelineName, const QList<ArgoBackend *> &backends, QWidget *parent = nullptr);

    ArgoBackend *backend() const;
    void setBackend(ArgoBackend *backend);
    QString templateName() const;
    QLineEdit *nameField() const { return m_name; }
    // Why Publish is disabled, or "" when it is enabled.
    QString problem() const;

private:
    void validate();

    QList<ArgoBackend *> m_backends;
    QComboBox *m_target;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace ps
