#pragma once

#include "runphase.h"

#include <QColor>
#include <QPalette>

namespace ps {

// The application's colours, light and dark, in one small table. Every widget, painter and
// item model asks here instead of writing a QColor of its own, so a theme switch reaches it:
//
//     const ThemePalette &theme = ThemePalette::current();
//     painter.fillRect(r, theme.colour(ThemePalette::Role::Canvas));
//     painter.setBrush(theme.phaseFill(TaskPhase::Running));   // a state as a filled shape
//     painter.setPen(theme.phaseText(TaskPhase::Running));     // text drawn on that fill
//
// Rules for new panels (the timeline, overlays, …):
// - Text goes on a colour of this class with its partner: Role::Text on Base or Canvas,
//   Role::*Text on the matching fill, phaseText() on phaseFill(). Each of these pairs has a
//   contrast ratio of at least 4.5 (WCAG AA) in both themes; tst_theme checks every pair.
// - Marks without text (lines, discs, chart series) may use phaseFill() or series().
// - Widgets also get the matching QPalette (widgetPalette()): QPalette roles stay right for
//   plain Qt widgets. Repaint on QEvent::PaletteChange / ApplicationPaletteChange, or connect
//   to ThemeSwitcher::changed (widgets/theme), which fires after current() has changed.
// - Nothing here caches pixmaps: PhaseStyle's icons are cached per mode.
// Which mode is current is decided by ThemeSwitcher (light, dark or following the desktop);
// code that only paints never sets it.
class ThemePalette
{
public:
    enum class Mode { Light, Dark };

    enum class Role {
        Base,             // behind lists, editors, logs and charts
        Text,             // text on Base, Window and Canvas
        SecondaryText,    // captions, timestamps, hints on Base (still ≥ 4.5)
        Window,           // behind docks and toolbars
        Canvas,           // the editor's and run graph's background
        CanvasGrid,       // the dot grid on Canvas
        Border,           // node outlines, frames
        Accent,           // selection, focus ring, current item
        AccentText,       // text on Accent
        HeaderFill,       // a task's header band while editing
        GroupHeaderFill,  // a sub-pipeline's header band while editing
        InnerTaskFill,    // the miniature tasks of an expanded sub-pipeline
        EdgeControl,      // an ordering-only edge (no data)
        ErrorMark,        // problem markers, refused connections
        ErrorText,        // text on ErrorMark
        WarningMark,      // warning markers
        WarningText,      // text on WarningMark
        ConnectOk,        // a connection being dragged that would be accepted
        BadgeFill,        // the badge behind "on exit"
        BadgeText,        // text on every Badge* fill
        BadgeCondition,   // the "if" badge
        BadgeLoop,        // the "loop" badge
        BadgeRetry,       // the "retry" badge
        LogCurrentLine,   // the log line of the current search match (text: Text)
        LogMarkedLine,    // the log line at the time hovered in a chart (text: Text)
        LogMarkedEdge,    // the bar left of that line
        LogErrorLine,     // a line that looks like an error (text: Text)
        LogMatch,         // behind the matched characters (text: Text)
        CodeKey,          // highlighted YAML/JSON in previews, on Base
        CodeString,
        CodeNumber,
        CodeKeyword,
        CodeComment,
        ChartGrid,        // grid lines of charts
        TooltipFill,      // a chart's hover box
        TooltipText,
    };

    static const ThemePalette &current();
    static const ThemePalette &of(Mode mode);
    // Only ThemeSwitcher calls this; everyone else reads current().
    static void setCurrent(Mode mode);

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_mode == Mode::Dark; }
    QColor colour(Role role) const;
    // A task or run state: its fill, and the text colour that reads on that fill.
    QColor phaseFill(TaskPhase phase) const;
    QColor phaseText(TaskPhase phase) const;
    QColor phaseFill(RunPhase phase) const;
    QColor phaseText(RunPhase phase) const;
    // Text, or Base, whichever reads better on `fill` (for fills that vary, e.g. a pulse).
    QColor textOn(const QColor &fill) const;
    // Categorical colours for chart series: distinct from each other on Base.
    QColor series(int index) const;
    // The QPalette for Qt's own widgets, from the same table.
    QPalette widgetPalette() const;

    // WCAG 2 contrast ratio of two opaque colours, 1 … 21.
    static double contrast(const QColor &a, const QColor &b);

private:
    explicit ThemePalette(Mode mode) : m_mode(mode) {}
    Mode m_mode;
};

} // namespace ps
