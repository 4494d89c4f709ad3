#include "themeswitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace ps {
namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");
const QString kSettingsKey = QStringLiteral("appearance/theme");

// The portal wraps the value in one or two variants; 1 means "prefer dark".
bool prefersDark(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt() == 1;
}

QString nameOf(ThemeSwitcher::Choice choice)
{
    switch (choice) {
    case ThemeSwitcher::Choice::Light: return QStringLiteral("light");
    case ThemeSwitcher::Choice::Dark: return QStringLiteral("dark");
    case ThemeSwitcher::Choice::System: return QStringLiteral("system");
    }
    return {};
}

} // namespace

ThemeSwitcher *ThemeSwitcher::instance()
{
    static ThemeSwitcher *switcher = new ThemeSwitcher(qApp);
    return switcher;
}

ThemeSwitcher::ThemeSwitcher(QObject *parent)
    : QObject(parent)
{
    // Before any theme is applied, the platform's palette says what the desktop looks like.
    // The icon sets are bundled at :/icons/pipeline-studio-{light,dark}.
    if (!QIcon::themeSearchPaths().contains(QStringLiteral(":/icons")))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
    m_systemDark = QApplication::palette().color(QPalette::Window).lightness() < 128
                   || qEnvironmentVariable("GTK_THEME").endsWith(QStringLiteral(":dark"));
    askDesktop();
}

std::optional<ThemeSwitcher::Choice> ThemeSwitcher::choiceFromName(const QString &name)
{
    for (Choice c : {Choice::Light, Choice::Dark, Choice::System})
        if (name == nameOf(c))
            return c;
    return std::nullopt;
}

ThemeSwitcher::Choice ThemeSwitcher::storedChoice()
{
    return choiceFromName(QSettings().value(kSettingsKey).toString()).value_or(Choice::System);
}

void ThemeSwitcher::setChoice(Choice choice, bool remember)
{
    m_choice = choice;
    if (remember)
        QSettings().setValue(kSettingsKey, nameOf(choice));
    if (m_actions)
        for (QAction *a : m_actions->actions())
            a->setChecked(a->data().toInt() == int(choice));
    apply();
}

void ThemeSwitcher::setSystemDark(bool dark)
{
    if (dark == m_systemDark)
        return;
    m_systemDark = dark;
    if (m_choice == Choice::System && m_applied)
        apply();
}

void ThemeSwitcher::apply()
{
    const bool dark = m_choice == Choice::Dark || (m_choice == Choice::System && m_systemDark);
    ThemePalette::setCurrent(dark ? ThemePalette::Mode::Dark : ThemePalette::Mode::Light);
    // Fusion draws with the palette it is given, so both themes look the same on every desktop.
    if (!m_applied || QApplication::style()->name() != u"fusion")
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QIcon::setThemeName(dark ? QStringLiteral("pipeline-studio-dark") : QStringLiteral("pipeline-studio-light"));
    QApplication::setPalette(ThemePalette::current().widgetPalette());
    m_applied = true;
    emit changed();
}

void ThemeSwitcher::askDesktop()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // Asynchronous: the GUI never waits for the desktop.
    QDBusMessage read = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalSettings, QStringLiteral("Read"));
    read << kAppearance << kColorScheme;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QVariant> reply = *w;
        if (!reply.isError())
            setSystemDark(prefersDark(reply.value()));
        w->deleteLater();
    });
    bus.connect(kPortalService, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"), this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
}

void ThemeSwitcher::portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group == kAppearance && key == kColorScheme)
        setSystemDark(prefersDark(value.variant()));
}

QMenu *ThemeSwitcher::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    menu->setIcon(QIcon::fromTheme(QStringLiteral("color-scheme")));
    if (!m_actions) {
        m_actions = new QActionGroup(this);
        const std::pair<Choice, QString> entries[] = {{Choice::Light, tr("&Light")},
                                                      {Choice::Dark, tr("&Dark")},
                                                      {Choice::System, tr("Follow the &System", "theme")}};
        for (const auto &[choice, text] : entries) {
            QAction *a = m_actions->addAction(text);
            a->setCheckable(true);
            a->setData(int(choice));
            a->setChecked(choice == m_choice);
            connect(a, &QAction::triggered, this, [this, c = choice] { setChoice(c, true); });
        }
    }
    menu->addActions(m_actions->actions());
    return menu;
}

} // namespace ps
