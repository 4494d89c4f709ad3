#include "logview.h"

#include "themepalette.h"

#include "logentry.h"
#include "logsearch.h"
#include "logstore.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace ps {

namespace {

constexpr int kMargin = 4;
constexpr int kTimeChars = 14; // "HH:mm:ss.zzz  "
constexpr int kMaxTaskChars = 24;

struct Row {
    qint64 line = 0;
    LogEntry entry;
    AnsiText text;
    int rows = 1;
};

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent), m_painter(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_painter.setPalette(palette());
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(kUpdateMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &LogView::updateNow);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_adjusting)
            setFollowingState(value >= verticalScrollBar()->maximum());
        viewport()->update();
    });
}

void LogView::setStore(LogStore *store, LogSearch *search)
{
    m_store = store;
    m_search = search;
    connect(store, &LogStore::linesAppended, this, &LogView::scheduleUpdate);
    connect(store, &LogStore::cleared, this, [this] {
        m_current = m_marked = m_anchor = m_extent = -1;
        setFollowingState(true);
        updateNow();
    });
    connect(search, &LogSearch::matchesChanged, this, [this] {
        m_painter.setMatchExpression(m_search->isActive() ? m_search->query().expression() : QRegularExpression());
        scheduleUpdate();
    });
    updateNow();
}

void LogView::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void LogView::updateNow()
{
    m_updateTimer.stop();
    int chars = 0;
    if (m_store)
        for (const QString &name : m_store->tagNames())
            chars = std::max(chars, int(name.size()));
    m_taskChars = std::min(chars, kMaxTaskChars);
    updateScrollBars();
    viewport()->update();
}

qint64 LogView::rowCount() const
{
    if (!m_store)
        return 0;
    return m_filter && m_search && m_search->isActive() ? m_search->count() : m_store->lineCount();
}

qint64 LogView::lineAtRow(qint64 row) const
{
    if (m_filter && m_search && m_search->isActive())
        return m_search->matches().select(row);
    return row < rowCount() ? row : -1;
}

qint64 LogView::rowOfLine(qint64 line) const
{
    if (m_filter && m_search && m_search->isActive())
        return std::min(m_search->matches().rank(line), std::max<qint64>(0, rowCount() - 1));
    return line;
}

int LogView::pageRows() const
{
    return std::max(1, viewport()->height() / m_painter.lineHeight());
}

int LogView::prefixWidth() const
{
    const int chars = (m_tasks ? m_taskChars + 1 : 0) + (m_timestamps ? kTimeChars : 0);
    return kMargin + chars * m_painter.charWidth();
}

int LogView::textColumns() const
{
    return std::max(8, (viewport()->width() - prefixWidth() - kMargin) / m_painter.charWidth());
}

void LogView::updateScrollBars()
{
    m_adjusting = true;
    const qint64 rows = rowCount();
    const int page = pageRows();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::min<qint64>(std::max<qint64>(0, rows - page), INT_MAX)));
    v->setPageStep(page);
    v->setSingleStep(1);
    QScrollBar *h = horizontalScrollBar();
    if (m_wrap || !m_store) {
        h->setRange(0, 0);
    } else {
        const qint64 chars = std::min<qint64>(m_store->longestLine(), LogEntry::kMaxChars);
        const qint64 width = chars * m_painter.charWidth() + prefixWidth() + kMargin - viewport()->width();
        h->setRange(0, int(std::clamp<qint64>(width, 0, INT_MAX)));
        h->setPageStep(viewport()->width());
        h->setSingleStep(m_painter.charWidth() * 4);
    }
    if (m_following)
        v->setValue(v->maximum());
    m_adjusting = false;
}

void LogView::setFollowingState(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    emit followingChanged(following);
}

void LogView::setFollowing(bool follow)
{
    setFollowingState(follow);
    updateScrollBars();
    viewport()->update();
}

void LogView::setShowTimestamps(bool show)
{
    m_timestamps = show;
    updateNow();
}

void LogView::setShowTasks(bool show)
{
    m_tasks = show;
    updateNow();
}

void LogView::setWrap(bool wrap)
{
    m_wrap = wrap;
    updateNow();
}

void LogView::setFilterMatching(bool filter)
{
    const qint64 keep = m_current >= 0 ? m_current : (m_visible.isEmpty() ? -1 : m_visible.front());
    m_filter = filter;
    updateNow();
    if (keep >= 0 && !m_following)
        scrollToLine(keep);
}

void LogView::scrollToLine(qint64 line)
{
    if (line < 0)
        return;
    setFollowingState(false);
    QScrollBar *v = verticalScrollBar();
    m_adjusting = true;
    v->setValue(int(std::clamp<qint64>(rowOfLine(line) - pageRows() / 2, 0, v->maximum())));
    m_adjusting = false;
    viewport()->update();
}

void LogView::setCurrentLine(qint64 line)
{
    m_current = line;
    viewport()->update();
}

void LogView::setMarkedLine(qint64 line)
{
    m_marked = line;
    viewport()->update();
}

void LogView::selectLines(qint64 first, qint64 last)
{
    m_anchor = first;
    m_extent = last;
    viewport()->update();
}

QString LogView::prefixText(const LogEntry &entry) const
{
    QString prefix;
    if (m_tasks)
        prefix += m_store->tagName(entry.tag).left(m_taskChars).leftJustified(m_taskChars + 1);
    if (m_timestamps)
        prefix += (entry.time.isValid() ? entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString())
                      .leftJustified(kTimeChars);
    return prefix;
}

QString LogView::lineText(qint64 line) const
{
    const LogEntry entry = m_store->line(line);
    return prefixText(entry) + AnsiText::strip(entry.text);
}

QString LogView::selectedText() const
{
    if (!m_store || m_anchor < 0)
        return {};
    const qint64 first = std::min(m_anchor, m_extent);
    const qint64 last = std::min({std::max(m_anchor, m_extent), m_store->lineCount() - 1, first + kMaxCopiedLines - 1});
    const bool filtering = m_filter && m_search && m_search->isActive();
    QStringList lines;
    for (qint64 line = first; line <= last; ++line)
        if (!filtering || m_search->matches().contains(line))
            lines.append(lineText(line));
    return lines.join(u'\n');
}

void LogView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

int LogView::rowsOf(const LogEntry &entry) const
{
    return m_wrap ? LogLinePainter::wrappedRows(entry.text.size(), textColumns()) : 1;
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    m_visible.clear();
    m_visibleTops.clear();
    const qint64 rows = rowCount();
    if (rows == 0)
        return;
    const int lineHeight = m_painter.lineHeight();
    const int height = viewport()->height();
    const auto decode = [this](qint64 line) {
        Row row;
        row.line = line;
        row.entry = m_store->line(line);
        row.text = AnsiText::parse(QString(row.entry.text).replace(u'\t', u' '));
        row.rows = m_wrap ? LogLinePainter::wrappedRows(row.text.plain.size(), textColumns()) : 1;
        return row;
    };
    QList<Row> shown;
    int used = 0;
    QScrollBar *v = verticalScrollBar();
    if (m_wrap && m_following && v->value() >= v->maximum()) {
        // The end at the bottom, however many rows the last lines wrap to.
        for (qint64 row = rows - 1; row >= 0 && used < height; --row) {
            shown.prepend(decode(lineAtRow(row)));
            used += shown.front().rows * lineHeight;
        }
    } else {
        qint64 line = lineAtRow(v->value());
        const bool filtering = m_filter && m_search && m_search->isActive();
        while (line >= 0 && used < height) {
            shown.append(decode(line));
            used += shown.back().rows * lineHeight;
            line = filtering ? m_search->matches().next(line + 1) : (line + 1 < rows ? line + 1 : -1);
        }
    }
    int y = m_wrap && m_following && v->value() >= v->maximum() ? std::min(0, height - used) : 0;
    for (const Row &row : shown) {
        m_visible.append(row.line);
        m_visibleTops.append(y);
        paintLine(p, row.line, row.entry, y, row.rows);
        p.setClipping(false);
        const int x = prefixWidth();
        p.setClipRect(x, y, viewport()->width() - x, row.rows * lineHeight);
        if (m_wrap) {
            const int columns = textColumns();
            for (int r = 0; r < row.rows; ++r)
                m_painter.paint(p, row.text, qsizetype(r) * columns, columns, x, y + r * lineHeight);
        } else {
            const int offset = horizontalScrollBar()->value();
            const int charWidth = m_painter.charWidth();
            m_painter.paint(p, row.text, offset / charWidth, textColumns() + 2, x - offset % charWidth, y);
        }
        p.setClipping(false);
        y += row.rows * lineHeight;
    }
}

QColor LogView::selectionBand(const ThemePalette &theme)
{
    // A third of the accent over the base: selected lines keep their text colour readable.
    const QColor a = theme.colour(ThemePalette::Role::Accent);
    const QColor b = theme.colour(ThemePalette::Role::Base);
    return QColor::fromRgbF(a.redF() * 0.35f + b.redF() * 0.65f, a.greenF() * 0.35f + b.greenF() * 0.65f, a.blueF() * 0.35f + b.blueF() * 0.65f);
}

void LogView::paintLine(QPainter &p, qint64 line, const LogEntry &entry, int y, int rows)
{
    const QRect band(0, y, viewport()->width(), rows * m_painter.lineHeight());
    const ThemePalette &theme = ThemePalette::current();
    const bool selected = m_anchor >= 0 && line >= std::min(m_anchor, m_extent) && line <= std::max(m_anchor, m_extent);
    if (selected)
        p.fillRect(band, selectionBand(theme));
    else if (line == m_current)
        p.fillRect(band, theme.colour(ThemePalette::Role::LogCurrentLine));
    else if (line == m_marked)
        p.fillRect(band, theme.colour(ThemePalette::Role::LogMarkedLine));
    else if (entry.looksLikeError())
        p.fillRect(band, theme.colour(ThemePalette::Role::LogErrorLine));
    if (line == m_marked)
        p.fillRect(QRect(0, y, 3, band.height()), theme.colour(ThemePalette::Role::LogMarkedEdge));
    const QString prefix = prefixText(entry);
    if (!prefix.isEmpty()) {
        p.setFont(m_painter.font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(kMargin, y + m_painter.ascent(), prefix);
    }
}

qint64 LogView::lineAt(int y) const
{
    for (qsizetype i = m_visibleTops.size() - 1; i >= 0; --i)
        if (y >= m_visibleTops[i])
            return m_visible[i];
    return m_visible.isEmpty() ? -1 : m_visible.front();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 line = lineAt(int(event->position().y()));
    if (line < 0)
        return;
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = line;
    m_extent = line;
    viewport()->update();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const int y = int(event->position().y());
    if (y < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (y > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_extent = lineAt(std::clamp(y, 0, viewport()->height() - 1));
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copySelection();
    if (event->matches(QKeySequence::SelectAll) && m_store)
        return selectLines(0, m_store->lineCount() - 1);
    if (event->key() == Qt::Key_End)
        return setFollowing(true);
    if (event->key() == Qt::Key_Home) {
        setFollowingState(false);
        verticalScrollBar()->setValue(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::wheelEvent(QWheelEvent *event)
{
    QAbstractScrollArea::wheelEvent(event);
    // At the end already, scrolling further down resumes following.
    QScrollBar *v = verticalScrollBar();
    if (!m_following && event->angleDelta().y() < 0 && v->value() >= v->maximum())
        setFollowing(true);
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        const QRegularExpression match = m_search && m_search->isActive() ? m_search->query().expression() : QRegularExpression();
        m_painter = LogLinePainter(font());
        m_painter.setPalette(palette());
        m_painter.setMatchExpression(match);
        updateNow();
    }
}

} // namespace ps
