#include "clusterprometheusfixture.h"
#include "monitoringconnection.h"
#include "prometheussettingsdialog.h"
#include "testregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Prometheus settings as a user fills them in: an address with a token, or a Prometheus
// inside a cluster, reached through a kubeconfig-context connection's API server proxy.
class PrometheusSettingsDialogTest : public QObject
{
    Q_OBJECT

    static QComboBox *sourceBox(QWidget *dialog)
    {
        for (QComboBox *box : dialog->findChildren<QComboBox *>())
            if (box->itemText(0) == u"At an address"_s)
                return box;
        return nullptr;
    }
    static QLineEdit *editShowing(QWidget *dialog, const QString &text)
    {
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
            if (e->text() == text)
                return e;
        return nullptr;
    }
    static QLineEdit *urlEdit(QWidget *dialog)
    {
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
            if (e->placeholderText().contains(u"the Prometheus Pipeline Studio starts"_s))
                return e;
        return nullptr;
    }
    static QLabel *labelContaining(QWidget *dialog, const QString &text)
    {
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->isVisibleTo(dialog) && l->text().contains(text))
                return l;
        return nullptr;
    }
    static void clickOk(QWidget *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // The dialog open on a connection of its own, as the settings menu shows it.
    struct Shown {
        QTemporaryDir home;
        ps::MonitoringConnection connection{home.path()};
        ps::PrometheusSettingsDialog dialog{&connection};
        Shown() { dialog.show(); }
    };

private slots:
    void cleanup() { QSettings().remove(u"monitoring"_s); }

    void prometheusThroughAClusterConnection()
    {
        pstest::ClusterPrometheusFixture cluster;
        QVERIFY(cluster.listening);
        QTemporaryDir home;
        ps::MonitoringConnection connection(home.path());
        {
            ps::PrometheusSettingsDialog dialog(&connection);
            dialog.show();
            QComboBox *source = sourceBox(&dialog);
            QVERIFY(source);
            const int team = source->findText(u"Through cluster connection: team"_s);
            QVERIFY(team > 0);
            QLineEdit *url = urlEdit(&dialog);
            QVERIFY(url && url->isVisibleTo(&dialog));
            source->setCurrentIndex(team);
            // The address and the sign-in give way to the service; the context signs in.
            QVERIFY(!url->isVisibleTo(&dialog));
            QVERIFY(!dialog.findChild<QSpinBox *>()->isHidden());
            QLineEdit *name = editShowing(&dialog, u"prometheus-k8s"_s);
            QVERIFY(name && name->isVisibleTo(&dialog));
            name->clear();
            clickOk(&dialog);
            QVERIFY(dialog.isVisible());   // no service named: not accepted
            QVERIFY(labelContaining(&dialog, u"Name the Prometheus service"_s));
            QTest::keyClicks(name, u"prometheus-k8s"_s);
            QVERIFY(labelContaining(&dialog, u"Through cluster connection: team, service monitoring/prometheus-k8s:9090"_s));
            QVERIFY(labelContaining(&dialog, QString::fromLatin1(pstest::ClusterPrometheusFixture::kProxyPath)));
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(connection.settings().clusterProfile, cluster.profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), ps::MonitoringConnection::Status::Ready, 10000);
        QCOMPARE(connection.prometheus()->config().url, cluster.proxyUrl());
        auto answer = connection.prometheus()->query(u"up"_s);
        QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 10000);
        QVERIFY2(answer.result().ok(), qPrintable(answer.result().error.message));
        QCOMPARE(cluster.queries().size(), 1);

        // Opened again, the dialog shows the choice as saved.
        ps::PrometheusSettingsDialog again(&connection);
        again.show();
        QCOMPARE(sourceBox(&again)->currentText(), u"Through cluster connection: team"_s);
        QVERIFY(editShowing(&again, u"monitoring"_s));
        QCOMPARE(again.findChild<QSpinBox *>()->value(), 9090);
    }

    // A user signed in with a token tries the in-cluster Prometheus and switches back: the
    // token is still there, not removed from the keychain by the cluster choice.
    void tryingTheClusterSourceKeepsTheStoredToken()
    {
        pstest::ClusterPrometheusFixture cluster;
        QVERIFY(cluster.listening);
        QTemporaryDir home;
        ps::MonitoringConnection connection(home.path());
        ps::MonitoringSettings direct;
        direct.prometheusUrl = QUrl(u"https://prometheus.example.org"_s);
        direct.auth = ps::MonitoringSettings::Auth::Bearer;
        connection.apply(direct, u"tok-123"_s);
        const auto storedToken = [&connection] {
            auto read = connection.credentials()->read(ps::MonitoringSettings::credentialKey());
            return QTest::qWaitFor([&read] { return read.isFinished(); }, 10000) ? read.result().secret : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(storedToken(), u"tok-123"_s, 10000);   // written before the dialog opens
        {
            ps::PrometheusSettingsDialog dialog(&connection);
            dialog.show();
            QComboBox *source = sourceBox(&dialog);
            QVERIFY(source);
            source->setCurrentIndex(source->findText(u"Through cluster connection: team"_s));
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(connection.settings().clusterProfile, cluster.profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection.status(), ps::MonitoringConnection::Status::Ready, 10000);
        // Keychain jobs run one after another: a removal queued by apply() lands before this read.
        QCOMPARE(storedToken(), u"tok-123"_s);

        ps::PrometheusSettingsDialog back(&connection);
        back.show();
        QComboBox *source = sourceBox(&back);
        source->setCurrentIndex(source->findText(u"At an address"_s));
        QTest::keyClicks(urlEdit(&back), u"https://prometheus.example.org"_s);
        for (QComboBox *box : back.findChildren<QComboBox *>())
            if (box->findText(u"Bearer token"_s) >= 0)
                box->setCurrentIndex(box->findText(u"Bearer token"_s));
        QTRY_VERIFY_WITH_TIMEOUT(editShowing(&back, u"tok-123"_s), 10000);   // the sign-in is offered again
        clickOk(&back);
        QCOMPARE(back.result(), int(QDialog::Accepted));
        QVERIFY(connection.settings().clusterProfile.isEmpty());
        QCOMPARE(connection.prometheus()->config().bearerToken, u"tok-123"_s);
    }

    void anAddressWithAToken()
    {
        QTemporaryDir home;
        ps::MonitoringConnection connection(home.path());
        ps::PrometheusSettingsDialog dialog(&connection);
        dialog.show();
        QLineEdit *url = urlEdit(&dialog);
        QVERIFY(url);
        QTest::keyClicks(url, u"ftp://prometheus.example.org"_s);
        clickOk(&dialog);
        QVERIFY(labelContaining(&dialog, u"is not an http:// or https:// address"_s));
        url->clear();
        QTest::keyClicks(url, u"https://prometheus.example.org/prom"_s);
        QComboBox *auth = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->findText(u"Bearer token"_s) >= 0)
                auth = box;
        QVERIFY(auth);
        auth->setCurrentIndex(auth->findText(u"Bearer token"_s));
        QLineEdit *secret = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password)
                secret = e;
        QVERIFY(secret && secret->isEnabled());
        QTest::keyClicks(secret, u"tok-123"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(connection.settings().prometheusUrl, QUrl(u"https://prometheus.example.org/prom"_s));
        QVERIFY(connection.settings().clusterProfile.isEmpty());
        QCOMPARE(connection.prometheus()->config().bearerToken, u"tok-123"_s);
    }

    // A URL typed with user:password@ is split: the settings file keeps the address only,
    // the password goes to the keychain and reaches Prometheus as basic authentication.
    void anAddressWithAPasswordInIt()
    {
        Shown shown;
        ps::MonitoringConnection &connection = shown.connection;
        ps::PrometheusSettingsDialog &dialog = shown.dialog;
        QLineEdit *url = urlEdit(&dialog);
        QVERIFY(url);
        QTest::keyClicks(url, u"https://alice:s3cr%40t@prometheus.example.org:9090/prom"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ps::MonitoringSettings s = connection.settings();
        QCOMPARE(s.prometheusUrl, QUrl(u"https://prometheus.example.org:9090/prom"_s));
        QCOMPARE(s.auth, ps::MonitoringSettings::Auth::Basic);
        QCOMPARE(s.username, u"alice"_s);
        QCOMPARE(connection.prometheus()->config().username, u"alice"_s);
        QCOMPARE(connection.prometheus()->config().password, u"s3cr@t"_s);
        QSettings stored;
        stored.sync();
        QFile file(stored.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("prometheus.example.org"));
        QVERIFY2(!written.contains("s3cr"), written.constData());
        QCOMPARE(ps::MonitoringSettings::load(stored).prometheusUrl, QUrl(u"https://prometheus.example.org:9090/prom"_s));
    }

    void twoDifferentPasswordsInTheAddressesAreRefused()
    {
        Shown shown;
        ps::PrometheusSettingsDialog &dialog = shown.dialog;
        QTest::keyClicks(urlEdit(&dialog), u"http://a:one@127.0.0.1:9090"_s);
        QLineEdit *alertmanager = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->placeholderText() == u"Empty: none"_s)
                alertmanager = e;
        QVERIFY(alertmanager);
        QTest::keyClicks(alertmanager, u"http://a:two@127.0.0.1:9093"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(labelContaining(&dialog, u"name different users or passwords"_s));
    }
};

PS_TEST(PrometheusSettingsDialogTest)
#include "tst_prometheussettingsdialog.moc"
