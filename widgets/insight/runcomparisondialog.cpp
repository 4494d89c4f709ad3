#include "runcomparisondialog.h"

#include "phasestyle.h"
#include "prices.h"
#include "runbackend.h"
#include "runcomparisonloader.h"
#include "runcomparisonview.h"
#include "runsmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace ps {

namespace {

constexpr int kBackendRole = Qt::UserRole + 1;
constexpr int kRunRole = Qt::UserRole + 2;
constexpr int kPipelineRole = Qt::UserRole + 3;

} // namespace

RunComparisonDialog::RunComparisonDialog(RunsModel *runs, QWidget *parent)
    : QDialog(parent)
    , m_runs(runs)
    , m_list(new QListWidget(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_hint(new QLabel(this))
    , m_view(new RunComparisonView(this))
    , m_loader(new RunComparisonLoader(UsageStore(), this))
{
    setWindowTitle(tr("Compare Runs"));
    resize(1100, 720);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Tick two or more runs, of any backend."));
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_compare);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &RunComparisonDialog::updateButton);
    connect(m_compare, &QPushButton::clicked, this, &RunComparisonDialog::compare);
    connect(m_loader, &RunComparisonLoader::finished, this, [this](const RunComparison &comparison, const QStringList &errors) {
        m_loading = false;
        m_view->setComparison(comparison, m_titles, Prices::load(QSettings()), errors);
        updateButton();
        emit compared();
    });
    fill();
    updateButton();
}

void RunComparisonDialog::fill()
{
    m_list->clear();
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        RunBackend *backend = m_runs->backendAt(row);
        const std::optional<RunSnapshot> s = backend ? backend->snapshot(m_runs->runIdAt(row)) : std::nullopt;
        if (!s)
            continue;
        const QString when = s->createdAt.isValid() ? QLocale().toString(s->createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
        auto *item = new QListWidgetItem(PhaseStyle::icon(s->phase),
                                         tr("%1 — %2 — %3, %4").arg(s->displayName.isEmpty() ? s->id : s->displayName,
                                                                     s->pipelineName, backend->name(), when),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kBackendRole, QVariant::fromValue(static_cast<QObject *>(backend)));
        item->setData(kRunRole, s->id);
        item->setData(kPipelineRole, s->pipelineName);
    }
}

void RunComparisonDialog::tick(const QList<QPair<RunBackend *, QString>> &runs)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        auto *backend = qobject_cast<RunBackend *>(item->data(kBackendRole).value<QObject *>());
        const bool on = runs.contains({backend, item->data(kRunRole).toString()});
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void RunComparisonDialog::tickNewest(const QString &pipelineName, int count)
{
    // The list is newest first, as the runs model is.
    QList<std::pair<QDateTime, QListWidgetItem *>> candidates;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(Qt::Unchecked);
        auto *backend = qobject_cast<RunBackend *>(item->data(kBackendRole).value<QObject *>());
        const std::optional<RunSnapshot> s = backend ? backend->snapshot(item->data(kRunRole).toString()) : std::nullopt;
        if (s && s->pipelineName == pipelineName)
            candidates.append({s->createdAt, item});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(count, candidates.size()); ++i)
        candidates[i].second->setCheckState(Qt::Checked);
}

void RunComparisonDialog::updateButton()
{
    int ticked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        ticked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_compare->setEnabled(ticked >= 2 && !m_loading);
}

void RunComparisonDialog::compare()
{
    QList<RunComparisonLoader::Run> runs;
    m_titles.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        auto *backend = qobject_cast<RunBackend *>(item->data(kBackendRole).value<QObject *>());
        if (!backend)
            continue;
        runs.append({backend, item->data(kRunRole).toString()});
        m_titles << item->data(kRunRole).toString();
    }
    if (runs.size() < 2)
        return;
    m_loading = true;
    updateButton();
    m_loader->load(runs);
}

} // namespace ps
