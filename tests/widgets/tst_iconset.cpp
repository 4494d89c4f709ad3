// Icons: every action of the window has one, from the project's own SVG set, in a light and
// a dark variant; the committed SVGs are what the generator draws.
#include "mainwindow.h"
#include "testregistry.h"
#include "themeswitcher.h"

#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTest>
#include <QToolBar>
#include <QWidgetAction>

using namespace ps;

namespace {

void collect(const QList<QAction *> &actions, QList<QAction *> &out)
{
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        out.append(a);
        if (a->menu())
            collect(a->menu()->actions(), out);
    }
}

} // namespace

class IconSetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ThemeSwitcher::instance()->setChoice(ThemeSwitcher::Choice::Light, false);
    }

    void everyActionHasAnIcon()
    {
        MainWindow window;
        QList<QAction *> actions;
        collect(window.menuBar()->actions(), actions);
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            collect(bar->actions(), actions);
        QList<QAction *> dockToggles;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dockToggles.append(dock->toggleViewAction());
        QStringList missing;
        int checked = 0;
        for (QAction *a : std::as_const(actions)) {
            // Top-level menus, dock toggles and radio choices show their state, not an icon.
            const bool topMenu = window.menuBar()->actions().contains(a);
            const bool radio = a->actionGroup() && a->actionGroup()->isExclusive();
            // A toolbar's embedded widget (a label, a field) is no action to click.
            if (topMenu || dockToggles.contains(a) || radio || qobject_cast<QWidgetAction *>(a))
                continue;
            ++checked;
            if (a->icon().isNull())
                missing.append(a->text().remove(u'&'));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(checked > 30);
    }

    void iconsFollowTheTheme()
    {
        const QIcon run = QIcon::fromTheme(QStringLiteral("media-playback-start"));
        ThemeSwitcher::instance()->setChoice(ThemeSwitcher::Choice::Light, false);
        const QImage light = run.pixmap(24, 24).toImage();
        ThemeSwitcher::instance()->setChoice(ThemeSwitcher::Choice::Dark, false);
        const QImage dark = run.pixmap(24, 24).toImage();
        ThemeSwitcher::instance()->setChoice(ThemeSwitcher::Choice::Light, false);
        QVERIFY(!light.isNull());
        QVERIFY(light != dark);
        // Light icons are dark on a light window and the other way round.
        const QColor lightInk = light.pixelColor(12, 12);
        const QColor darkInk = dark.pixelColor(12, 12);
        QVERIFY2(lightInk.lightness() < darkInk.lightness(), qPrintable(lightInk.name() + u' ' + darkInk.name()));
    }

    void bothThemesHaveEveryIcon()
    {
        const QStringList light = QDir(QStringLiteral(":/icons/pipeline-studio-light/scalable/actions")).entryList();
        const QStringList dark = QDir(QStringLiteral(":/icons/pipeline-studio-dark/scalable/actions")).entryList();
        QVERIFY(light.size() >= 40);
        QCOMPARE(light, dark);
        QVERIFY(QFile::exists(QStringLiteral(":/icons/io.pipelinestudio.PipelineStudio.svg")));
    }

    void committedIconsAreTheGeneratorsDrawing()
    {
        QProcess check;
        check.start(QStringLiteral("python3"), {QStringLiteral(PS_SOURCE_DIR "/resources/icons/make_icons.py"), QStringLiteral("--check")});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
    }
};

PS_TEST(IconSetTest)
#include "tst_iconset.moc"
