#include "themepalette.h"

#include <array>
#include <atomic>
#include <cmath>

namespace ps {
namespace {

using Role = ThemePalette::Role;
constexpr int kRoles = int(Role::TooltipText) + 1;
constexpr int kPhases = int(TaskPhase::Cached) + 1;

struct Table {
    std::array<QRgb, kRoles> roles;
    std::array<QRgb, kPhases> phaseFill;
    std::array<QRgb, kPhases> phaseText;
};

// Order as in Role and TaskPhase. Each text/fill pair is checked by tst_theme (≥ 4.5).
constexpr Table kLight{
    {0xffffff, 0x1f2328, 0x57606a, 0xf3f4f6, 0xf7f8fa, 0xbfc5cc, 0x8c959f, 0x0b5cad, 0xffffff, 0xe8ebef, 0xdbeafe,
     0xfafbfc, 0x78909c, 0xc62828, 0xffffff, 0xf9a825, 0x1f2328, 0x2e7d32, 0x455a64, 0xffffff, 0x6a1b9a, 0x00695c, 0x5d4037, 0xfff3b0, 0xcde4ff,
     0x2176d2, 0xffe2e2, 0xffd54f, 0x881391, 0x1b5e20, 0x0d47a1, 0xbf360c, 0x616161, 0xd8dee4, 0xf6f8fa, 0x1f2328},
    // Pending, Running, Succeeded, Failed, Error, Skipped, Omitted, Cached
    {0x616161, 0x1565c0, 0x2e7d32, 0xc62828, 0x6a1b9a, 0xe0e0e0, 0xd7ccc8, 0x00695c},
    {0xffffff, 0xffffff, 0xffffff, 0xffffff, 0xffffff, 0x212121, 0x212121, 0xffffff},
};

constexpr Table kDark{
    {0x1b1d21, 0xe6e8eb, 0xa2a9b1, 0x25282d, 0x16181c, 0x3d434b, 0x6b737d, 0x2f6fbf, 0xffffff, 0x2c3036, 0x1e3a5f,
     0x2a2e34, 0x8a9ba8, 0xef5350, 0x1b1d21, 0xfbc02d, 0x1b1d21, 0x66bb6a, 0xb0bec5, 0x1b1d21, 0xce93d8, 0x4db6ac, 0xbcaaa4, 0x4d3f00, 0x173c66,
     0x4c9aff, 0x4a1f24, 0x7a5c00, 0xd7a6f0, 0x8fd694, 0x82b1ff, 0xffab70, 0x9aa3ad, 0x363b42, 0x2c3036, 0xe6e8eb},
    {0x9e9e9e, 0x64b5f6, 0x81c784, 0xef9a9a, 0xce93d8, 0x424242, 0x4e4542, 0x4db6ac},
    {0x121212, 0x0d1117, 0x0d1117, 0x0d1117, 0x0d1117, 0xe0e0e0, 0xe6e0dd, 0x0d1117},
};

std::atomic<ThemePalette::Mode> g_mode{ThemePalette::Mode::Light};

const Table &tableOf(ThemePalette::Mode mode)
{
    return mode == ThemePalette::Mode::Dark ? kDark : kLight;
}

TaskPhase taskPhaseOf(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Pending: return TaskPhase::Pending;
    case RunPhase::Running: return TaskPhase::Running;
    case RunPhase::Succeeded: return TaskPhase::Succeeded;
    case RunPhase::Failed: return TaskPhase::Failed;
    case RunPhase::Error: return TaskPhase::Error;
    }
    return TaskPhase::Pending;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

const ThemePalette &ThemePalette::of(Mode mode)
{
    static const ThemePalette light(Mode::Light);
    static const ThemePalette dark(Mode::Dark);
    return mode == Mode::Dark ? dark : light;
}

const ThemePalette &ThemePalette::current()
{
    return of(g_mode.load());
}

void ThemePalette::setCurrent(Mode mode)
{
    g_mode.store(mode);
}

QColor ThemePalette::colour(Role role) const
{
    return QColor::fromRgb(tableOf(m_mode).roles[std::size_t(role)]);
}

QColor ThemePalette::phaseFill(TaskPhase phase) const
{
    return QColor::fromRgb(tableOf(m_mode).phaseFill[std::size_t(phase)]);
}

QColor ThemePalette::phaseText(TaskPhase phase) const
{
    return QColor::fromRgb(tableOf(m_mode).phaseText[std::size_t(phase)]);
}

QColor ThemePalette::phaseFill(RunPhase phase) const
{
    return phaseFill(taskPhaseOf(phase));
}

QColor ThemePalette::phaseText(RunPhase phase) const
{
    return phaseText(taskPhaseOf(phase));
}

QColor ThemePalette::textOn(const QColor &fill) const
{
    const QColor text = colour(Role::Text);
    const QColor base = colour(Role::Base);
    return contrast(text, fill) >= contrast(base, fill) ? text : base;
}

QColor ThemePalette::series(int index) const
{
    // Tableau-like categorical colours; the dark set a step lighter so thin lines stand out.
    static constexpr std::array<QRgb, 10> light{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x8cd17d};
    static constexpr std::array<QRgb, 10> dark{0x6f9fd8, 0xffa552, 0xff7b7d, 0x8fd3ce, 0x7bc96f,
                                               0xf4d35e, 0xd39ad0, 0xffb6bf, 0xc49c85, 0xa6e39a};
    const auto &colours = isDark() ? dark : light;
    return QColor::fromRgb(colours[std::size_t(std::abs(index)) % colours.size()]);
}

QPalette ThemePalette::widgetPalette() const
{
    const QColor window = colour(Role::Window);
    const QColor text = colour(Role::Text);
    const QColor base = colour(Role::Base);
    const QColor border = colour(Role::Border);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, isDark() ? base.lighter(115) : window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, isDark() ? QColor(0x30, 0x34, 0x3a) : QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, isDark() ? QColor(0xff, 0xff, 0xff) : QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, colour(Role::Accent));
    p.setColor(QPalette::HighlightedText, colour(Role::AccentText));
    p.setColor(QPalette::ToolTipBase, colour(Role::TooltipFill));
    p.setColor(QPalette::ToolTipText, colour(Role::TooltipText));
    p.setColor(QPalette::PlaceholderText, colour(Role::SecondaryText));
    p.setColor(QPalette::Link, isDark() ? QColor(0x6c, 0xb6, 0xff) : QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::LinkVisited, isDark() ? QColor(0xc2, 0x97, 0xff) : QColor(0x82, 0x50, 0xdf));
    p.setColor(QPalette::Light, isDark() ? window.lighter(140) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, isDark() ? window.lighter(120) : QColor(0xe4, 0xe7, 0xeb));
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, isDark() ? QColor(0x10, 0x11, 0x14) : QColor(0xa0, 0xa7, 0xb0));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    const QColor disabled = isDark() ? QColor(0x7d, 0x85, 0x8f) : QColor(0x8c, 0x95, 0x9f);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, border);
    return p;
}

double ThemePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ps
