#include "connectionsdialog.h"

#include "clusterconnection.h"
#include "connectionprofilestore.h"
#include "connectiontester.h"
#include "credentialstore.h"
#include "kubeconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

ConnectionsDialog::ConnectionsDialog(ConnectionProfileStore *profiles, CredentialStore *credentials, HttpClient *http, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_credentials(credentials), m_http(http)
{
    setWindowTitle(tr("Cluster connections"));
    m_list = new QListWidget;
    m_name = new QLineEdit;
    m_kind = new QComboBox;
    m_kind->addItems({tr("Argo Server URL"), tr("Kubeflow Pipelines URL"), tr("Kubeconfig context")});
    m_url = new QLineEdit;
    m_url->setPlaceholderText(tr("https://argo.example.com:2746"));
    m_context = new QComboBox;
    m_context->addItem(tr("(current context)"), QString());
    const KubeConfig kubeconfig = KubeConfig::loadDefault();
    for (const QString &c : kubeconfig.contextNames())
        m_context->addItem(c, c);
    m_engine = new QComboBox;
    m_engine->addItems({tr("Kubernetes only"), tr("Argo Workflows"), tr("Kubeflow Pipelines")});
    m_namespace = new QLineEdit;
    m_token = new QLineEdit;
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in the system keychain, never in the settings"));
    m_insecure = new QCheckBox(tr("Skip TLS verification (unsafe)"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b45309;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Context"), m_context);
    form->addRow(tr("Runs on"), m_engine);
    form->addRow(tr("Namespace"), m_namespace);
    form->addRow(tr("Token"), m_token);
    form->addRow(QString(), m_insecure);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *save = new QPushButton(tr("Save"));
    m_test = new QPushButton(tr("Test connection"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_test);
    actions->addWidget(save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_warning);
    right->addWidget(m_result);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(save, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::showProfile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::updateKindFields);
    reloadList();
    if (m_list->count() == 0)
        addProfile();
    updateKindFields();
}

QString ConnectionsDialog::testResultText() const
{
    return m_result->text();
}

QString ConnectionsDialog::warningText() const
{
    return m_warning->text();
}

void ConnectionsDialog::reloadList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = -1;
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_currentId)
            current = m_list->count() - 1;
    }
    m_list->setCurrentRow(current);
}

void ConnectionsDialog::showProfile(int row)
{
    const QString id = row >= 0 ? m_list->item(row)->data(Qt::UserRole).toString() : QString();
    const std::optional<ConnectionProfile> p = m_profiles->profile(id);
    if (!p)
        return;
    m_currentId = p->id;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(int(p->kind));
    m_url->setText(p->url.toString());
    m_context->setCurrentIndex(std::max(0, m_context->findData(p->context)));
    m_engine->setCurrentIndex(int(p->engine));
    m_namespace->setText(p->namespaceName);
    m_insecure->setChecked(p->insecure);
    m_token->clear();
    m_result->clear();
    m_warning->clear();
}

void ConnectionsDialog::updateKindFields()
{
    const bool context = m_kind->currentIndex() == int(ConnectionProfile::Kind::KubeContext);
    m_url->setEnabled(!context);
    m_insecure->setEnabled(!context);
    m_context->setEnabled(context);
    m_engine->setEnabled(context);
}

ConnectionProfile ConnectionsDialog::profileFromForm() const
{
    ConnectionProfile p = m_profiles->profile(m_currentId).value_or(ConnectionProfile::create(ConnectionProfile::Kind(m_kind->currentIndex())));
    if (p.id.isEmpty())
        p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_kind->currentIndex());
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    p.context = m_context->currentData().toString();
    p.engine = ConnectionProfile::Engine(m_engine->currentIndex());
    if (p.kind == ConnectionProfile::Kind::KfpUrl)
        p.engine = ConnectionProfile::Engine::Kfp;
    else if (p.kind == ConnectionProfile::Kind::ArgoUrl)
        p.engine = ConnectionProfile::Engine::Argo;
    p.namespaceName = m_namespace->text().trimmed();
    p.insecure = m_insecure->isChecked();
    return p;
}

void ConnectionsDialog::addProfile()
{
    ConnectionProfile p = ConnectionProfile::create(ConnectionProfile::Kind::ArgoUrl);
    p.name = tr("New connection");
    m_profiles->put(p);
    m_currentId = p.id;
    reloadList();
    showProfile(m_list->currentRow());
}

void ConnectionsDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    if (const auto p = m_profiles->profile(m_currentId))
        m_credentials->remove(p->credentialKey());
    m_profiles->remove(m_currentId);
    m_currentId.clear();
    reloadList();
}

void ConnectionsDialog::saveProfile()
{
    const ConnectionProfile p = profileFromForm();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    m_profiles->put(p);
    m_currentId = p.id;
    if (!m_token->text().isEmpty())
        m_credentials->write(p.credentialKey(), m_token->text()).then(this, [this](const CredentialResult &r) {
            if (!r.ok() || !r.persistent)
                m_warning->setText(r.message);
        });
    reloadList();
}

void ConnectionsDialog::testProfile()
{
    const ConnectionProfile p = profileFromForm();
    m_result->setText(tr("Testing…"));
    m_warning->clear();
    m_test->setEnabled(false);
    if (!m_token->text().isEmpty()) {
        runTest(p, m_token->text());
        return;
    }
    m_credentials->read(p.credentialKey()).then(this, [this, p](const CredentialResult &r) { runTest(p, r.ok() ? r.secret : QString()); });
}

void ConnectionsDialog::runTest(const ConnectionProfile &profile, const QString &token)
{
    delete m_testing;
    const auto opened = ClusterConnection::open(m_http, profile, token, KubeConfig::loadDefault(), this);
    if (!opened.ok()) {
        m_result->setText(opened.error);
        m_test->setEnabled(true);
        return;
    }
    m_testing = opened.value;
    m_warning->setText(m_testing->warning());
    ConnectionTester::test(m_testing).then(this, [this](const ConnectionTestResult &r) {
        QStringList lines = r.findings;
        if (!r.ok)
            lines.append(r.error);
        m_result->setText(lines.join(u'\n'));
        m_test->setEnabled(true);
    });
}

} // namespace ps
