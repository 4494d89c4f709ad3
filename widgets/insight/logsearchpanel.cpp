#include "logsearchpanel.h"

#include "loghitsmodel.h"
#include "logsearchsources.h"
#include "runbackend.h"
#include "runlogfeed.h"
#include "runsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

LogSearchPanel::LogSearchPanel(RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_recordDir(RunLogFeed::defaultRecordDir())
    , m_indexDir(LogSearchSources::defaultIndexDir())
    , m_query(new QLineEdit(this))
    , m_regex(new QToolButton(this))
    , m_case(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_hits(new LogHitsModel(this))
{
    m_query->setPlaceholderText(tr("Search the logs of every run (Enter)"));
    m_query->setClearButtonEnabled(true);
    m_regex->setText(tr(".*", "tool button: regular expression"));
    m_regex->setToolTip(tr("Regular expression"));
    m_regex->setCheckable(true);
    m_case->setText(tr("Aa", "tool button: match case"));
    m_case->setToolTip(tr("Match case"));
    m_case->setCheckable(true);
    auto *go = new QToolButton(this);
    go->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    go->setText(tr("Search"));
    go->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_query, 1);
    bar->addWidget(m_regex);
    bar->addWidget(m_case);
    bar->addWidget(go);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(6, 0, 6, 0);
    m_table->setModel(m_hits);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_query, &QLineEdit::returnPressed, this, &LogSearchPanel::search);
    connect(go, &QToolButton::clicked, this, &LogSearchPanel::search);
    connect(&m_watcher, &QFutureWatcher<CrossRunLogSearch::Result>::finished, this, &LogSearchPanel::finished);
    connect(m_table, &QTableView::activated, this, &LogSearchPanel::open);
    m_status->setText(tr("Finds lines in the recorded logs of every run, with run, task and time."));
}

LogSearchPanel::~LogSearchPanel()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished(); // stops at the next chunk
}

QString LogSearchPanel::statusText() const { return m_status->text(); }

void LogSearchPanel::search()
{
    const LogQuery query{m_query->text(), m_regex->isChecked(), m_case->isChecked()};
    if (query.isEmpty())
        return;
    if (!query.expression().isValid()) {
        m_status->setText(tr("The regular expression is not valid: %1").arg(query.expression().errorString()));
        return;
    }
    if (m_watcher.isRunning()) {
        // The GUI never waits for the search under way: it stops, and this one follows.
        *m_cancel = true;
        m_searchAgain = true;
        return;
    }
    m_searchAgain = false;
    m_backendOfRun.clear();
    const QList<RunBackend *> backends = m_runs->backends();
    for (RunBackend *b : backends)
        for (const RunSnapshot &run : b->listRuns())
            m_backendOfRun.insert(run.id, b);
    const QList<LogSource> sources = LogSearchSources::of(backends, m_recordDir);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Searching %n log(s)…", nullptr, int(sources.size())));
    m_watcher.setFuture(QtConcurrent::run([sources, query, dir = m_indexDir, cancel = m_cancel] {
        CrossRunLogSearch::index(sources, dir, cancel.get());
        return CrossRunLogSearch::search(sources, query, dir, kMaxHits, cancel.get());
    }));
}

void LogSearchPanel::finished()
{
    if (std::exchange(m_searchAgain, false)) {
        search();
        return;
    }
    if (m_cancel && *m_cancel)
        return;
    const CrossRunLogSearch::Result result = m_watcher.result();
    m_hits->setHits(result.hits);
    m_table->resizeColumnsToContents();
    QString text = result.truncated ? tr("The first %n lines found; narrow the search to see the rest.", nullptr, int(result.hits.size()))
                                    : tr("%n line(s) found.", nullptr, int(result.hits.size()));
    if (!result.errors.isEmpty())
        text += u'\n' + tr("Some logs could not be read: %1").arg(result.errors.first());
    m_status->setText(text);
}

void LogSearchPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const LogHit &h = m_hits->hit(index.row());
    RunBackend *backend = m_backendOfRun.value(h.run);
    if (backend)
        emit hitOpened(backend, h.run, h.task, h.line);
}

} // namespace ps
