#include "prometheussettingsdialog.h"

#include "monitoringconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ps {

PrometheusSettingsDialog::PrometheusSettingsDialog(MonitoringConnection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    setWindowTitle(tr("Prometheus settings"));
    auto *form = new QFormLayout;
    m_prometheusUrl = new QLineEdit(this);
    m_prometheusUrl->setPlaceholderText(tr("Empty: the Prometheus Pipeline Studio starts for you"));
    m_alertmanagerUrl = new QLineEdit(this);
    m_alertmanagerUrl->setPlaceholderText(tr("Empty: none"));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), int(MonitoringSettings::Auth::None));
    m_auth->addItem(tr("Bearer token"), int(MonitoringSettings::Auth::Bearer));
    m_auth->addItem(tr("User name and password"), int(MonitoringSettings::Auth::Basic));
    m_username = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    form->addRow(tr("Prometheus URL:"), m_prometheusUrl);
    form->addRow(tr("Alertmanager URL:"), m_alertmanagerUrl);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("User name:"), m_username);
    form->addRow(m_secretLabel, m_secret);

    auto *note = new QLabel(tr("The token or password is kept in the system keychain; where none runs, only "
                               "for this session."),
                            this);
    note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrometheusSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (connection) {
        const MonitoringSettings s = connection->settings();
        m_prometheusUrl->setText(s.prometheusUrl.toString());
        m_alertmanagerUrl->setText(s.alertmanagerUrl.toString());
        m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
        m_username->setText(s.username);
        if (s.auth != MonitoringSettings::Auth::None)
            connection->credentials()->read(MonitoringSettings::credentialKey())
                .then(this, [this](const CredentialResult &result) {
                    if (result.ok() && m_secret->text().isEmpty())
                        m_secret->setText(result.secret);
                });
    }
    connect(m_auth, &QComboBox::currentIndexChanged, this, &PrometheusSettingsDialog::updateFields);
    updateFields();
}

void PrometheusSettingsDialog::updateFields()
{
    const auto auth = MonitoringSettings::Auth(m_auth->currentData().toInt());
    m_username->setEnabled(auth == MonitoringSettings::Auth::Basic);
    m_secret->setEnabled(auth != MonitoringSettings::Auth::None);
    m_secretLabel->setText(auth == MonitoringSettings::Auth::Basic ? tr("Password:") : tr("Token:"));
}

MonitoringSettings PrometheusSettingsDialog::settings() const
{
    MonitoringSettings s;
    s.prometheusUrl = QUrl::fromUserInput(m_prometheusUrl->text().trimmed());
    s.alertmanagerUrl = QUrl::fromUserInput(m_alertmanagerUrl->text().trimmed());
    s.auth = MonitoringSettings::Auth(m_auth->currentData().toInt());
    s.username = s.auth == MonitoringSettings::Auth::Basic ? m_username->text().trimmed() : QString();
    return s;
}

QString PrometheusSettingsDialog::secret() const
{
    return m_secret->isEnabled() ? m_secret->text() : QString();
}

void PrometheusSettingsDialog::accept()
{
    const MonitoringSettings s = settings();
    for (const QUrl &url : {s.prometheusUrl, s.alertmanagerUrl}) {
        if (!url.isEmpty() && (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))) {
            m_error->setText(tr("%1 is not an http:// or https:// address.").arg(url.toString()));
            m_error->show();
            return;
        }
    }
    if (m_connection)
        m_connection->apply(s, secret());
    QDialog::accept();
}

} // namespace ps
