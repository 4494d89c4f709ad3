#pragma once

#include "themepalette.h"

#include <QDBusVariant>
#include <QObject>

#include <optional>

class QActionGroup;
class QMenu;
class QWidget;

namespace ps {

// Decides which ThemePalette is current: light, dark, or following the desktop (its
// color-scheme setting through the XDG desktop portal, asked asynchronously and followed
// while the application runs; before the answer, or without a portal, the palette the
// platform gave Qt). Applying a theme sets ThemePalette::current(), the Fusion style with
// the theme's QPalette (so every widget gets a PaletteChange and repaints) and the icon set
// (resources/icons/light or dark), then emits changed().
class ThemeSwitcher : public QObject
{
    Q_OBJECT
public:
    enum class Choice { Light, Dark, System };

    // The one switcher of the application, created on first use (needs a QApplication).
    static ThemeSwitcher *instance();

    Choice choice() const { return m_choice; }
    ThemePalette::Mode mode() const { return ThemePalette::current().mode(); }
    // Applies a choice; `remember` stores it in the settings for the next start.
    void setChoice(Choice choice, bool remember);
    // The choice stored in the settings; System when none was made.
    static Choice storedChoice();
    static std::optional<Choice> choiceFromName(const QString &name);

    // What the desktop prefers; the portal's answer updates it. Public for tests.
    void setSystemDark(bool dark);
    bool systemDark() const { return m_systemDark; }

    // View ▸ Theme: Light, Dark, Follow the System (checkable, remembered).
    QMenu *createMenu(QWidget *parent);

signals:
    void changed();

private slots:
    void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    explicit ThemeSwitcher(QObject *parent);
    void apply();
    void askDesktop();

    Choice m_choice = Choice::System;
    bool m_systemDark = false;
    bool m_applied = false;
    QActionGroup *m_actions = nullptr;
};

} // namespace ps
