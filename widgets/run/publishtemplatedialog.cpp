#include "publishtemplatedialog.h"

#include "names.h"
#include "runbackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

PublishTemplateDialog::PublishTemplateDialog(const QString &pipelineName, const QList<RunBackend *> &backends, QWidget *parent)
    : QDialog(parent)
    , m_backends(backends)
    , m_target(new QComboBox(this))
    , m_name(new QLineEdit(names::sanitize(pipelineName), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish as WorkflowTemplate"));
    for (RunBackend *b : backends)
        m_target->addItem(b->name());
    m_name->setToolTip(tr("The WorkflowTemplate's name on the server: lower-case letters, digits, '-' and '.'"));
    auto *form = new QFormLayout;
    form->addRow(tr("Publish on:"), m_target);
    form->addRow(tr("Template name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PublishTemplateDialog::validate);
    validate();
    resize(420, sizeHint().height());
}

RunBackend *PublishTemplateDialog::backend() const
{
    const int index = m_target->currentIndex();
    return index >= 0 && index < m_backends.size() ? m_backends[index] : nullptr;
}

void PublishTemplateDialog::setBackend(RunBackend *backend)
{
    const int index = int(m_backends.indexOf(backend));
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

QString PublishTemplateDialog::templateName() const { return m_name->text().trimmed(); }

QString PublishTemplateDialog::problem() const
{
    if (!backend())
        return tr("no Argo connection to publish on");
    return names::isDns1123Subdomain(templateName()) ? QString() : names::dns1123Problem(templateName());
}

void PublishTemplateDialog::validate()
{
    QPushButton *publish = m_buttons->button(QDialogButtonBox::Ok);
    publish->setEnabled(problem().isEmpty());
    publish->setToolTip(problem());
}

} // namespace ps
