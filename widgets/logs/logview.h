#pragma once

#include "loglinepainter.h"

#include <QAbstractScrollArea>
#include <QTimer>

namespace ps {

class LogSearch;
class ThemePalette;
class LogStore;
struct LogEntry;

// A log of any length, drawn a screenful at a time from a LogStore: nothing is laid out but
// the lines in sight. Follows the end while it is shown (scrolling up stops that, coming back
// to the end resumes it); shows only matching lines on request; selects whole lines.
// New lines are taken in every kUpdateMs, however fast they come.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kUpdateMs = 40;
    static constexpr qint64 kMaxCopiedLines = 200000;

    explicit LogView(QWidget *parent = nullptr);
    void setStore(LogStore *store, LogSearch *search);

    void setShowTimestamps(bool show);
    bool showsTimestamps() const { return m_timestamps; }
    void setShowTasks(bool show);
    void setWrap(bool wrap);
    bool wraps() const { return m_wrap; }
    void setFilterMatching(bool filter);
    bool isFiltering() const { return m_filter; }

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);

    // Rows are lines, or matching lines only while filtering.
    qint64 rowCount() const;
    qint64 lineAtRow(qint64 row) const;
    qint64 rowOfLine(qint64 line) const;
    // The lines painted last, top to bottom.
    const QList<qint64> &visibleLines() const { return m_visible; }

    void scrollToLine(qint64 line);
    void setCurrentLine(qint64 line);
    qint64 currentLine() const { return m_current; }
    void setMarkedLine(qint64 line);
    qint64 markedLine() const { return m_marked; }

    void selectLines(qint64 first, qint64 last);
    QString selectedText() const;
    void copySelection() const;
    // What a row shows, as plain text (task, time, text as shown).
    QString lineText(qint64 line) const;
    // Takes what arrived now instead of at the next update tick.
    void updateNow();

signals:
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleUpdate();
    void updateScrollBars();
    void setFollowingState(bool following);
    int pageRows() const;
    int prefixWidth() const;
    int textColumns() const;
    qint64 lineAt(int y) const;
    QString prefixText(const LogEntry &entry) const;
    void paintLine(QPainter &p, qint64 line, const LogEntry &entry, int y, int rows);
    static QColor selectionBand(const ThemePalette &theme);
    int rowsOf(const LogEntry &entry) const;

    LogStore *m_store = nullptr;
    LogSearch *m_search = nullptr;
    LogLinePainter m_painter;
    QTimer m_updateTimer;
    QList<qint64> m_visible;
    QList<int> m_visibleTops;
    int m_taskChars = 0;
    qint64 m_current = -1;
    qint64 m_marked = -1;
    qint64 m_anchor = -1;
    qint64 m_extent = -1;
    bool m_timestamps = true;
    bool m_tasks = false;
    bool m_wrap = false;
    bool m_filter = false;
    bool m_following = true;
    bool m_adjusting = false;
};

} // namespace ps
