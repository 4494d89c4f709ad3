#include "logspanel.h"

#include "logexport.h"
#include "logsearch.h"
#include "logstore.h"
#include "logview.h"
#include "runbackend.h"
#include "runlogfeed.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QIcon>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &icon, const QString &text, const QString &tip, bool checkable,
                        bool checked = false)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tip);
    button->setCheckable(checkable);
    button->setChecked(checked);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogsPanel::LogsPanel(QWidget *parent)
    : QWidget(parent), m_recordDir(RunLogFeed::defaultRecordDir()), m_store(new LogStore(this)), m_search(new LogSearch(m_store, this)),
      m_view(new LogView(this))
{
    m_view->setStore(m_store, m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QWidget(this);
    buildToolBar(bar);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setContentsMargins(4, 0, 4, 2);
    layout->addWidget(m_status);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogsPanel::searchNow);
    connect(m_search, &LogSearch::matchesChanged, this, &LogsPanel::updateCount);
    connect(m_search, &LogSearch::finished, this, &LogsPanel::updateCount);
    connect(m_search, &LogSearch::firstMatchFound, this, &LogsPanel::firstMatchFound);
    connect(m_store, &LogStore::linesAppended, this, [this] {
        m_status->setText(statusText());
        if (m_lineToMark >= 0 && m_lineToMark < m_store->lineCount())
            markLine(std::exchange(m_lineToMark, -1));
    });
    connect(m_store, &LogStore::failed, m_status, &QLabel::setText);
    connect(m_view, &LogView::followingChanged, m_follow, &QToolButton::setChecked);
}

LogsPanel::~LogsPanel()
{
    m_saving.waitForFinished();
    delete m_feed;
    m_feed = nullptr;
}

void LogsPanel::buildToolBar(QWidget *bar)
{
    // Two rows (search; how lines are shown), so the dock stays narrow enough to sit beside others.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(2, 2, 2, 0);
    rows->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *options = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(options);
    row->setSpacing(2);
    options->setSpacing(2);
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setPlaceholderText(tr("Search the log"));
    m_searchEdit->setClearButtonEnabled(true);
    row->addWidget(m_searchEdit, 1);
    m_regex = toolButton(bar, QStringLiteral("regular-expression"), tr(".*"), tr("Regular expression"), true);
    m_case = toolButton(bar, QStringLiteral("format-text-case"), tr("Aa"), tr("Match case"), true);
    // Their icons say what the text would.
    m_regex->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_case->setToolButtonStyle(Qt::ToolButtonIconOnly);
    QToolButton *previous = toolButton(bar, QStringLiteral("go-up"), tr("Previous"), tr("Previous match (Shift+F3)"), false);
    QToolButton *next = toolButton(bar, QStringLiteral("go-down"), tr("Next"), tr("Next match (F3)"), false);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    m_count = new QLabel(bar);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("000000 of 000000")));
    m_filter = toolButton(bar, QStringLiteral("view-filter"), tr("Only matching"), tr("Show only the lines that match"), true);
    QToolButton *times = toolButton(bar, QStringLiteral("chronometer"), tr("Time"), tr("Show timestamps"), true, true);
    QToolButton *wrap = toolButton(bar, QStringLiteral("format-text-wrap"), tr("Wrap"), tr("Wrap long lines instead of scrolling sideways"), true);
    m_follow = toolButton(bar, QStringLiteral("go-bottom"), tr("Follow"), tr("Keep showing the newest lines"), true, true);
    QToolButton *copy = toolButton(bar, QStringLiteral("edit-copy"), tr("Copy"), tr("Copy the selected lines"), false);
    QToolButton *save = toolButton(bar, QStringLiteral("document-save-as"), tr("Save…"), tr("Save the log to a file"), false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_regex, m_case, previous, next, m_count})
        row->addWidget(w);
    for (QWidget *w : std::initializer_list<QWidget *>{m_filter, times, wrap, m_follow, copy, save})
        options->addWidget(w);
    options->addStretch(1);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay.isActive() || m_search->query().text != m_searchEdit->text())
            searchNow();
        else
            findNext();
    });
    connect(m_regex, &QToolButton::toggled, this, &LogsPanel::searchNow);
    connect(m_case, &QToolButton::toggled, this, &LogsPanel::searchNow);
    connect(previous, &QToolButton::clicked, this, &LogsPanel::findPrevious);
    connect(next, &QToolButton::clicked, this, &LogsPanel::findNext);
    connect(m_filter, &QToolButton::toggled, m_view, &LogView::setFilterMatching);
    connect(times, &QToolButton::toggled, m_view, &LogView::setShowTimestamps);
    connect(wrap, &QToolButton::toggled, m_view, &LogView::setWrap);
    connect(m_follow, &QToolButton::clicked, m_view, &LogView::setFollowing);
    connect(copy, &QToolButton::clicked, m_view, &LogView::copySelection);
    connect(save, &QToolButton::clicked, this, &LogsPanel::saveAs);
}

void LogsPanel::setRun(RunBackend *backend, const QString &runId)
{
    m_backend = backend;
    m_runId = runId;
    restartFeed();
}

void LogsPanel::setTask(const QString &nodeId)
{
    if (nodeId == m_nodeId && m_feed)
        return;
    m_nodeId = nodeId;
    restartFeed();
}

void LogsPanel::setRecordDir(const QString &dir)
{
    m_recordDir = dir;
}

void LogsPanel::restartFeed()
{
    m_saving.waitForFinished();
    delete m_feed;
    m_feed = nullptr;
    m_store->close();
    m_view->setShowTasks(m_nodeId.isEmpty());
    m_view->setFollowing(true);
    if (m_backend && !m_runId.isEmpty()) {
        m_feed = new RunLogFeed(m_backend, m_runId, m_nodeId, m_store, m_recordDir, this);
        connect(m_feed, &RunLogFeed::finished, this, [this] { m_status->setText(statusText()); });
        connect(m_feed, &RunLogFeed::failed, m_status, &QLabel::setText);
    }
    m_status->setText(statusText());
    updateCount();
}

void LogsPanel::clear()
{
    m_backend = nullptr;
    m_runId.clear();
    restartFeed();
}

bool LogsPanel::isFinished() const
{
    return m_feed && m_feed->isFinished();
}

QString LogsPanel::statusText() const
{
    if (!m_feed)
        return tr("No run selected: the log of the task selected in a run (or of all its tasks) appears here.");
    const int lines = int(std::min<qint64>(m_store->lineCount(), INT_MAX));
    if (m_store->isIndexing())
        return tr("Reading the log… %n line(s)", nullptr, lines);
    if (m_feed->isFinished())
        return tr("%n line(s), complete", nullptr, lines);
    return tr("%n line(s), following the task", nullptr, lines);
}

void LogsPanel::searchNow()
{
    m_searchDelay.stop();
    const LogQuery query{m_searchEdit->text(), m_regex->isChecked(), m_case->isChecked()};
    m_view->setCurrentLine(-1);
    m_jumpToFirst = !query.isEmpty();
    // Following: the match nearest the end; otherwise the first one from what is in sight.
    if (m_view->isFollowing() || m_view->visibleLines().isEmpty())
        m_search->setQuery(query, m_store->lineCount() - 1, LogSearch::Direction::Backward);
    else
        m_search->setQuery(query, m_view->visibleLines().front(), LogSearch::Direction::Forward);
    updateCount();
}

void LogsPanel::firstMatchFound(qint64 line)
{
    if (!std::exchange(m_jumpToFirst, false))
        return;
    m_view->setCurrentLine(line);
    if (!m_view->visibleLines().contains(line))
        m_view->scrollToLine(line);
    updateCount();
}

void LogsPanel::findNext()
{
    find(true);
}

void LogsPanel::findPrevious()
{
    find(false);
}

void LogsPanel::find(bool forward)
{
    if (!m_search->isActive() || m_search->count() == 0)
        return;
    const LogMatches &matches = m_search->matches();
    const qint64 current = m_view->currentLine();
    qint64 line = forward ? matches.next(current + 1) : matches.previous(current < 0 ? matches.size() : current - 1);
    if (line < 0) // around the end
        line = forward ? matches.next(0) : matches.previous(matches.size());
    m_jumpToFirst = false;
    m_view->setCurrentLine(line);
    if (!m_view->visibleLines().contains(line) || m_view->visibleLines().back() == line)
        m_view->scrollToLine(line);
    updateCount();
}

QString LogsPanel::matchCountText() const
{
    return m_count->text();
}

void LogsPanel::updateCount()
{
    QString text;
    if (!m_search->errorString().isEmpty()) {
        text = tr("Invalid expression");
        m_count->setToolTip(m_search->errorString());
    } else if (m_search->isActive()) {
        const int count = int(std::min<qint64>(m_search->count(), INT_MAX));
        const qint64 current = m_view->currentLine();
        if (current >= 0 && m_search->matches().contains(current))
            text = tr("%1 of %2").arg(m_search->matches().rank(current) + 1).arg(count);
        else
            text = count == 0 && !m_search->isSearching() ? tr("No matches") : tr("%n match(es)", nullptr, count);
        if (m_search->isSearching())
            text += QStringLiteral("…");
        m_count->setToolTip({});
    }
    m_count->setText(text);
}

void LogsPanel::markTime(const QDateTime &time)
{
    const qint64 line = m_store->lineNearTime(time);
    if (line < 0)
        return;
    m_view->setMarkedLine(line);
    if (!m_view->visibleLines().contains(line))
        m_view->scrollToLine(line);
}

void LogsPanel::markLine(qint64 line)
{
    if (line >= m_store->lineCount()) {
        m_lineToMark = line;
        return;
    }
    m_lineToMark = -1;
    m_view->setFollowing(false);
    m_view->setMarkedLine(line);
    m_view->scrollToLine(line);
}

void LogsPanel::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), QString(), tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void LogsPanel::saveTo(const QString &path)
{
    if (m_saving.isRunning())
        return;
    LogExport::Options options;
    options.timestamps = m_view->showsTimestamps();
    if (m_nodeId.isEmpty())
        options.tasks = m_store->tagNames();
    if (m_view->isFiltering() && m_search->isActive())
        options.only = m_search->matches();
    m_saving = QtConcurrent::run([store = m_store, options, path] { return LogExport::write(*store, options, path); });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        m_status->setText(error.isEmpty() ? tr("Saved to %1").arg(path) : error);
        watcher->deleteLater();
        emit saved(path, error);
    });
    watcher->setFuture(m_saving);
}

} // namespace ps
