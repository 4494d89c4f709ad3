#include "prometheussettingsdialog.h"

#include "clusterprometheus.h"
#include "monitoringconnection.h"
#include "monitoringurlcredentials.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ps {

namespace {
constexpr int kProfileNameRole = Qt::UserRole + 1;

// Settings with only the two URLs, as typed (user info included).
MonitoringSettings typedUrls(const QString &prometheus, const QString &alertmanager)
{
    MonitoringSettings s;
    s.prometheusUrl = QUrl::fromUserInput(prometheus.trimmed());
    s.alertmanagerUrl = QUrl::fromUserInput(alertmanager.trimmed());
    return s;
}
} // namespace

PrometheusSettingsDialog::PrometheusSettingsDialog(MonitoringConnection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    setWindowTitle(tr("Prometheus settings"));
    auto *form = new QFormLayout;
    m_form = form;
    m_source = new QComboBox(this);
    m_source->addItem(tr("At an address"), QString());
    for (const ConnectionProfile &p : MonitoringConnection::clusterProfiles()) {
        m_source->addItem(tr("Through cluster connection: %1").arg(p.name), p.id);
        m_source->setItemData(m_source->count() - 1, p.name, kProfileNameRole);
    }
    m_serviceNamespace = new QLineEdit(this);
    m_serviceName = new QLineEdit(this);
    m_servicePort = new QSpinBox(this);
    m_servicePort->setRange(1, 65535);
    m_serviceScheme = new QComboBox(this);
    m_serviceScheme->addItem(QStringLiteral("http"), QStringLiteral("http"));
    m_serviceScheme->addItem(QStringLiteral("https"), QStringLiteral("https"));
    m_clusterSummary = new QLabel(this);
    m_clusterSummary->setWordWrap(true);
    m_clusterSummary->setTextFormat(Qt::PlainText);
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
    form->addRow(tr("Prometheus:"), m_source);
    form->addRow(tr("Service namespace:"), m_serviceNamespace);
    form->addRow(tr("Service name:"), m_serviceName);
    form->addRow(tr("Service port:"), m_servicePort);
    form->addRow(tr("Service scheme:"), m_serviceScheme);
    form->addRow(m_clusterSummary);
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
        m_source->setCurrentIndex(std::max(0, m_source->findData(s.clusterProfile)));
        m_prometheusUrl->setText(s.prometheusUrl.toString());
        m_alertmanagerUrl->setText(s.alertmanagerUrl.toString());
        m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
        m_username->setText(s.username);
        // Also while Prometheus is reached through a cluster: switched back, the sign-in is there.
        connection->credentials()->read(MonitoringSettings::credentialKey()).then(this, [this](const CredentialResult &result) {
            if (result.ok() && m_secret->text().isEmpty())
                m_secret->setText(result.secret);
        });
    }
    const MonitoringSettings shown = connection ? connection->settings() : MonitoringSettings();
    m_serviceNamespace->setText(shown.serviceNamespace);
    m_serviceName->setText(shown.serviceName);
    m_servicePort->setValue(shown.servicePort);
    m_serviceScheme->setCurrentIndex(std::max(0, m_serviceScheme->findData(shown.serviceScheme)));
    connect(m_auth, &QComboBox::currentIndexChanged, this, &PrometheusSettingsDialog::updateFields);
    connect(m_source, &QComboBox::currentIndexChanged, this, &PrometheusSettingsDialog::updateFields);
    connect(m_serviceNamespace, &QLineEdit::textChanged, this, &PrometheusSettingsDialog::updateFields);
    connect(m_serviceName, &QLineEdit::textChanged, this, &PrometheusSettingsDialog::updateFields);
    connect(m_servicePort, &QSpinBox::valueChanged, this, &PrometheusSettingsDialog::updateFields);
    connect(m_serviceScheme, &QComboBox::currentIndexChanged, this, &PrometheusSettingsDialog::updateFields);
    updateFields();
}

void PrometheusSettingsDialog::updateFields()
{
    // Through a cluster the context's credentials are used: no address, no sign-in here.
    const bool cluster = !m_source->currentData().toString().isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_serviceNamespace), static_cast<QWidget *>(m_serviceName),
                       static_cast<QWidget *>(m_servicePort), static_cast<QWidget *>(m_serviceScheme),
                       static_cast<QWidget *>(m_clusterSummary)})
        m_form->setRowVisible(w, cluster);
    for (QWidget *w : {static_cast<QWidget *>(m_prometheusUrl), static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_secret)})
        m_form->setRowVisible(w, !cluster);
    if (cluster) {
        const MonitoringSettings s = settings();
        m_clusterSummary->setText(tr("%1\nRequests go to the context's API server at …%2 with the context's credentials.")
                                      .arg(ClusterPrometheus::describe(m_source->currentData(kProfileNameRole).toString(), s),
                                           ClusterPrometheus::proxyUrl(QUrl(), s).path()));
    }
    const auto auth = MonitoringSettings::Auth(m_auth->currentData().toInt());
    m_username->setEnabled(auth == MonitoringSettings::Auth::Basic);
    m_secret->setEnabled(auth != MonitoringSettings::Auth::None);
    m_secretLabel->setText(auth == MonitoringSettings::Auth::Basic ? tr("Password:") : tr("Token:"));
}

MonitoringSettings PrometheusSettingsDialog::settings() const
{
    MonitoringSettings s;
    s.alertmanagerUrl = QUrl::fromUserInput(m_alertmanagerUrl->text().trimmed());
    s.clusterProfile = m_source->currentData().toString();
    s.serviceNamespace = m_serviceNamespace->text().trimmed();
    s.serviceName = m_serviceName->text().trimmed();
    s.servicePort = m_servicePort->value();
    s.serviceScheme = m_serviceScheme->currentData().toString();
    if (s.throughCluster())
        return s;
    s.prometheusUrl = QUrl::fromUserInput(m_prometheusUrl->text().trimmed());
    s.auth = MonitoringSettings::Auth(m_auth->currentData().toInt());
    s.username = s.auth == MonitoringSettings::Auth::Basic ? m_username->text().trimmed() : QString();
    // user:password@ in a URL: the user name kept apart, the password for the keychain (secret()).
    MonitoringUrlCredentials::take(&s, nullptr);
    return s;
}

std::optional<QString> PrometheusSettingsDialog::secret() const
{
    if (!m_source->currentData().toString().isEmpty())
        return std::nullopt;
    MonitoringSettings typed = typedUrls(m_prometheusUrl->text(), m_alertmanagerUrl->text());
    std::optional<QString> inUrl;
    if (MonitoringUrlCredentials::take(&typed, &inUrl) && inUrl)
        return inUrl;
    return m_secret->isEnabled() || typed.auth == MonitoringSettings::Auth::Basic ? m_secret->text() : QString();
}

void PrometheusSettingsDialog::accept()
{
    const MonitoringSettings s = settings();
    if (s.throughCluster() && (s.serviceNamespace.isEmpty() || s.serviceName.isEmpty())) {
        m_error->setText(tr("Name the Prometheus service: its namespace and its name."));
        m_error->show();
        return;
    }
    if (MonitoringSettings typed = typedUrls(m_prometheusUrl->text(), m_alertmanagerUrl->text());
        !MonitoringUrlCredentials::take(&typed, nullptr)) {
        m_error->setText(tr("The Prometheus and Alertmanager addresses name different users or passwords; "
                            "one sign-in is kept for both."));
        m_error->show();
        return;
    }
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
