#include "mainwindow.h"
#include "prometheussettingsdialog.h"
#include "testregistry.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace ps;

namespace {

// Translates every text into ⟦text⟧: a text shown without the brackets never went through
// tr(), one with several bracketed pieces was assembled from translated pieces.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (!source || !*source)
            return {};
        return u'⟦' + QString::fromUtf8(source) + u'⟧';
    }
    bool isEmpty() const override { return false; }
};

// Why a shown text is wrong, or empty when it is fine.
QString problemOf(const QString &shown)
{
    QString text = shown;
    text.remove(u'&');
    static const QRegularExpression wordless(QStringLiteral("^[^\\p{L}]*$"));
    if (text.trimmed().isEmpty() || wordless.match(text).hasMatch())
        return {};
    const qsizetype opens = text.count(u'⟦');
    if (opens == 0)
        return QStringLiteral("untranslatable");
    if (opens > 1)
        return QStringLiteral("assembled from pieces");
    const qsizetype open = text.indexOf(u'⟦'), close = text.lastIndexOf(u'⟧');
    static const QRegularExpression letters(QStringLiteral("\\p{L}"));
    if (text.left(open).contains(letters) || text.mid(close + 1).contains(letters))
        return QStringLiteral("text added outside tr()");
    return {};
}

} // namespace

// Every text the main window and its dialogs show, under a pseudo-locale.
class PseudoLocaleTest : public QObject
{
    Q_OBJECT

    PseudoTranslator m_translator;
    QStringList m_found;

    void check(const QString &where, const QString &text)
    {
        const QString problem = problemOf(text);
        if (!problem.isEmpty())
            m_found.append(QStringLiteral("%1: %2: \"%3\"").arg(problem, where, text));
    }
    void collect(QWidget *root)
    {
        const QString rootName = QString::fromLatin1(root->metaObject()->className());
        for (QAction *a : root->findChildren<QAction *>()) {
            if (a->isSeparator())
                continue;
            check(rootName + QStringLiteral(" action"), a->text());
            if (!a->toolTip().isEmpty() && a->toolTip() != a->text() && a->toolTip() != QString(a->text()).remove(u'&'))
                check(rootName + QStringLiteral(" action tooltip"), a->toolTip());
        }
        for (QMenu *m : root->findChildren<QMenu *>())
            check(rootName + QStringLiteral(" menu"), m->title());
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->isVisibleTo(root) && l->textFormat() != Qt::RichText)
                check(rootName + QStringLiteral(" label"), l->text());
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            check(rootName + QStringLiteral(" button"), b->text());
        for (QGroupBox *g : root->findChildren<QGroupBox *>())
            check(rootName + QStringLiteral(" group"), g->title());
        for (QDockWidget *d : root->findChildren<QDockWidget *>())
            check(rootName + QStringLiteral(" dock"), d->windowTitle());
        for (QLineEdit *e : root->findChildren<QLineEdit *>())
            check(rootName + QStringLiteral(" placeholder"), e->placeholderText());
        for (QWidget *w : root->findChildren<QWidget *>())
            if (!w->toolTip().isEmpty())
                check(rootName + QStringLiteral(" tooltip"), w->toolTip());
    }

private slots:
    void initTestCase() { QCoreApplication::installTranslator(&m_translator); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void everyShownTextIsTranslatedWhole()
    {
        m_found.clear();
        {
            MainWindow window;
            QVERIFY(window.openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            collect(&window);
            PrometheusSettingsDialog settings(nullptr);
            settings.show();
            collect(&settings);
        }
        m_found.removeDuplicates();
        m_found.sort();
        // The offenders known when this test was written (the lead's translation pass
        // fixes them); a new one fails the test.
        const QStringList known = knownOffenders();
        QStringList fresh;
        for (const QString &f : std::as_const(m_found)) {
            qInfo().noquote() << f;
            if (!known.contains(f))
                fresh.append(f);
        }
        QVERIFY2(fresh.isEmpty(), qPrintable(QStringLiteral("new texts that cannot be translated whole:\n") + fresh.join(u'\n')));
    }

private:
    static QStringList knownOffenders()
    {
        return {
        };
    }
};

PS_TEST(PseudoLocaleTest)
#include "tst_pseudolocale.moc"
