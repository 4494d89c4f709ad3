#include "connectionprofilestore.h"
#include "connectionsdialog.h"
#include "credentialstore.h"
#include "fakeargoserver.h"
#include "httpclient.h"
#include "testregistry.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The connections dialog as a user drives it: fill in an Argo address and a token, test,
// read the server's version and identity (or the reason), save.
class ConnectionsDialogTest : public QObject
{
    Q_OBJECT

    static QPushButton *button(QWidget *dialog, const QString &text)
    {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private slots:
    void testsAndSavesAnArgoConnection()
    {
        pstest::FakeArgoServer argo;
        QVERIFY(argo.listen());
        argo.requireToken(u"sa-token"_s);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ps::ConnectionProfileStore profiles(&settings);
        ps::CredentialStore credentials(u"pipeline-studio-test"_s);
        ps::HttpClient http;
        ps::ConnectionsDialog dialog(&profiles, &credentials, &http);
        dialog.show();
        QCOMPARE(profiles.profiles().size(), 1); // a new connection to fill in
        const auto edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *name = edits.value(0);
        QLineEdit *url = edits.value(1);
        QLineEdit *token = nullptr;
        for (QLineEdit *e : edits)
            if (e->echoMode() == QLineEdit::Password)
                token = e;
        QVERIFY(token);
        name->setText(u"team"_s);
        url->setText(argo.url().toString());
        token->setText(u"wrong"_s);
        QTest::mouseClick(button(&dialog, u"Test connection"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.testResultText().contains(u"401"_s); }, 10000));
        token->setText(u"sa-token"_s);
        QTest::mouseClick(button(&dialog, u"Test connection"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.testResultText().contains(u"Argo Server v3.5.8"_s); }, 10000));
        QVERIFY(dialog.testResultText().contains(u"signed in as system:serviceaccount:argo:ci"_s));
        QVERIFY(dialog.warningText().isEmpty());
        QTest::mouseClick(button(&dialog, u"Save"_s), Qt::LeftButton);
        QCOMPARE(profiles.profiles().first().name, u"team"_s);
        QCOMPARE(profiles.profiles().first().url.port(), argo.url().port());
        settings.sync();
        QFile ini(dir.filePath(u"s.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sa-token"));
    }
};

PS_TEST(ConnectionsDialogTest)
#include "tst_connectionsdialog.moc"
