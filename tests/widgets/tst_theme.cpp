// Themes: every text colour on its background is readable (WCAG contrast ≥ 4.5) in both
// themes, every phase's fill has a readable text colour, and switching repaints the window.
#include "mainwindow.h"
#include "phasestyle.h"
#include "pipelineview.h"
#include "testregistry.h"
#include "themepalette.h"
#include "themeswitcher.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace ps;
using Role = ThemePalette::Role;

namespace {

const TaskPhase kPhases[] = {TaskPhase::Pending, TaskPhase::Running, TaskPhase::Succeeded, TaskPhase::Failed,
                             TaskPhase::Error,   TaskPhase::Skipped, TaskPhase::Omitted,   TaskPhase::Cached};

QString modeName(ThemePalette::Mode mode)
{
    return mode == ThemePalette::Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace

class ThemeTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        ThemeSwitcher::instance()->setChoice(ThemeSwitcher::Choice::Light, false);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(ThemePalette::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ThemePalette::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the well-known 4.54.
        QCOMPARE(qRound(ThemePalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void phaseTextReadsOnPhaseFill_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("phase");
        for (ThemePalette::Mode mode : {ThemePalette::Mode::Light, ThemePalette::Mode::Dark})
            for (TaskPhase phase : kPhases)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(modeName(mode), toString(phase)))) << int(mode) << int(phase);
    }

    void phaseTextReadsOnPhaseFill()
    {
        QFETCH(int, mode);
        QFETCH(int, phase);
        const ThemePalette &theme = ThemePalette::of(ThemePalette::Mode(mode));
        const QColor fill = theme.phaseFill(TaskPhase(phase));
        const double declared = ThemePalette::contrast(fill, theme.phaseText(TaskPhase(phase)));
        QVERIFY2(declared >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(theme.phaseText(TaskPhase(phase)).name(), fill.name()).arg(declared)));
        // What the run graph paints on a task's header band.
        QVERIFY(ThemePalette::contrast(fill, theme.textOn(fill)) >= 4.5);
        // The running pulse's lighter frame must read too.
        if (TaskPhase(phase) == TaskPhase::Running)
            QVERIFY(ThemePalette::contrast(fill.lighter(135), theme.textOn(fill.lighter(135))) >= 4.5);
        // Each phase stands apart from the canvas it sits on.
        QVERIFY(fill != theme.colour(Role::Canvas));
    }

    void textPairsAreReadable_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("text");
        QTest::addColumn<int>("background");
        const std::pair<Role, Role> pairs[] = {
            {Role::Text, Role::Base},           {Role::Text, Role::Window},          {Role::Text, Role::Canvas},
            {Role::SecondaryText, Role::Base},  {Role::SecondaryText, Role::Canvas}, {Role::SecondaryText, Role::Window},
            {Role::AccentText, Role::Accent},   {Role::ErrorText, Role::ErrorMark},  {Role::WarningText, Role::WarningMark},
            {Role::BadgeText, Role::BadgeFill}, {Role::BadgeText, Role::BadgeCondition}, {Role::BadgeText, Role::BadgeLoop},
            {Role::BadgeText, Role::BadgeRetry}, {Role::Text, Role::HeaderFill},     {Role::SecondaryText, Role::HeaderFill},
            {Role::Text, Role::GroupHeaderFill}, {Role::Text, Role::InnerTaskFill},  {Role::Text, Role::LogCurrentLine},
            {Role::Text, Role::LogMarkedLine},  {Role::Text, Role::LogErrorLine},    {Role::Text, Role::LogMatch},
            {Role::CodeKey, Role::Base},        {Role::CodeString, Role::Base},      {Role::CodeNumber, Role::Base},
            {Role::CodeKeyword, Role::Base},    {Role::CodeComment, Role::Base},     {Role::TooltipText, Role::TooltipFill},
            {Role::ErrorMark, Role::Canvas},
        };
        for (ThemePalette::Mode mode : {ThemePalette::Mode::Light, ThemePalette::Mode::Dark})
            for (const auto &[text, background] : pairs)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 on %3").arg(modeName(mode)).arg(int(text)).arg(int(background))))
                    << int(mode) << int(text) << int(background);
    }

    void textPairsAreReadable()
    {
        QFETCH(int, mode);
        QFETCH(int, text);
        QFETCH(int, background);
        const ThemePalette &theme = ThemePalette::of(ThemePalette::Mode(mode));
        const double ratio = ThemePalette::contrast(theme.colour(Role(text)), theme.colour(Role(background)));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(theme.colour(Role(text)).name(),
                                                                             theme.colour(Role(background)).name()).arg(ratio)));
    }

    void widgetPaletteIsReadable_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("text");
        QTest::addColumn<int>("background");
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::Text, QPalette::Base},          {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},  {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::Link, QPalette::Base},
        };
        for (ThemePalette::Mode mode : {ThemePalette::Mode::Light, ThemePalette::Mode::Dark})
            for (const auto &[text, background] : pairs)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 on %3").arg(modeName(mode)).arg(int(text)).arg(int(background))))
                    << int(mode) << int(text) << int(background);
    }

    void widgetPaletteIsReadable()
    {
        QFETCH(int, mode);
        QFETCH(int, text);
        QFETCH(int, background);
        const QPalette p = ThemePalette::of(ThemePalette::Mode(mode)).widgetPalette();
        const double ratio = ThemePalette::contrast(p.color(QPalette::ColorRole(text)), p.color(QPalette::ColorRole(background)));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }

    void everyRoleIsFilledInBothThemes()
    {
        // A role added without a colour would read as black (0) from the table.
        for (int r = 0; r <= int(Role::TooltipText); ++r) {
            QVERIFY2(ThemePalette::of(ThemePalette::Mode::Light).colour(Role(r)) != QColor(Qt::black), qPrintable(QString::number(r)));
            QVERIFY2(ThemePalette::of(ThemePalette::Mode::Dark).colour(Role(r)) != QColor(Qt::black), qPrintable(QString::number(r)));
        }
        QVERIFY(ThemePalette::of(ThemePalette::Mode::Dark).colour(Role::Base).lightness() < 60);
        QVERIFY(ThemePalette::of(ThemePalette::Mode::Light).colour(Role::Base).lightness() > 240);
    }

    void switchingRepaintsCanvasWidgetsAndPhases()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(":/examples/iris-two-models.pstudio.yaml")));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (ThemePalette::Mode mode : {ThemePalette::Mode::Dark, ThemePalette::Mode::Light}) {
            ThemeSwitcher::instance()->setChoice(mode == ThemePalette::Mode::Dark ? ThemeSwitcher::Choice::Dark : ThemeSwitcher::Choice::Light,
                                                 false);
            const ThemePalette &theme = ThemePalette::of(mode);
            QVERIFY(ThemePalette::current().mode() == mode);
            // Widgets take the new palette as their change events arrive.
            QTRY_COMPARE(window.QWidget::palette().color(QPalette::Window).name(), theme.colour(Role::Window).name());
            QCOMPARE(PhaseStyle::colour(TaskPhase::Failed), theme.phaseFill(TaskPhase::Failed));
            // The canvas' corner is the theme's canvas colour (the grid dots sit elsewhere).
            const QImage shot = window.view()->viewport()->grab().toImage();
            QCOMPARE(QColor(shot.pixel(3, 3)), theme.colour(Role::Canvas));
        }
    }

    void followsTheDesktopWhenAskedTo()
    {
        ThemeSwitcher *switcher = ThemeSwitcher::instance();
        switcher->setChoice(ThemeSwitcher::Choice::System, false);
        switcher->setSystemDark(true);
        QVERIFY(ThemePalette::current().isDark());
        switcher->setSystemDark(false);
        QVERIFY(!ThemePalette::current().isDark());
        // A fixed choice ignores the desktop.
        switcher->setChoice(ThemeSwitcher::Choice::Dark, false);
        switcher->setSystemDark(false);
        QVERIFY(ThemePalette::current().isDark());
    }

    void viewMenuOffersTheThreeChoices()
    {
        MainWindow window;
        QMenu *theme = nullptr;
        for (QAction *a : window.menuBar()->actions())
            for (QAction *sub : a->menu() ? a->menu()->actions() : QList<QAction *>())
                if (sub->menu() && sub->text().remove(u'&') == u"Theme")
                    theme = sub->menu();
        QVERIFY(theme);
        QCOMPARE(theme->actions().size(), 3);
        theme->actions().at(1)->trigger();  // Dark
        QVERIFY(ThemePalette::current().isDark());
        QVERIFY(theme->actions().at(1)->isChecked());
        QVERIFY(ThemeSwitcher::storedChoice() == ThemeSwitcher::Choice::Dark);
        theme->actions().at(0)->trigger();
        QVERIFY(ThemeSwitcher::storedChoice() == ThemeSwitcher::Choice::Light);
        QVERIFY(!ThemePalette::current().isDark());
    }
};

PS_TEST(ThemeTest)
#include "tst_theme.moc"
