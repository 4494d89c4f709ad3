#include "promqlconsole.h"

#include "metricstimerange.h"
#include "prometheusclient.h"
#include "promqlcompletionsource.h"
#include "promqleditor.h"
#include "promqlerrorposition.h"
#include "seriestablemodel.h"
#include "timeserieschart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ps {

namespace {

const QString kHistoryKey = QStringLiteral("promql/history");

} // namespace

PromQlConsole::PromQlConsole(QWidget *parent)
    : QWidget(parent), m_completion(new PromQlCompletionSource(this)), m_model(new SeriesTableModel(this))
{
    m_editor = new PromQlEditor(this);
    m_editor->setCompletionSource(m_completion);
    connect(m_editor, &PromQlEditor::runRequested, this, &PromQlConsole::run);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Instant (table)"), int(Mode::Instant));
    m_mode->addItem(tr("Range (chart)"), int(Mode::Range));
    m_range = new QComboBox(this);
    for (MetricsTimeRange::Preset preset : MetricsTimeRange::presets())
        if (preset != MetricsTimeRange::Preset::RunSpan && preset != MetricsTimeRange::Preset::Custom)
            m_range->addItem(MetricsTimeRange::label(preset), int(preset));
    m_range->setCurrentIndex(1);
    m_range->setEnabled(false);
    connect(m_mode, &QComboBox::activated, this, [this] { setMode(Mode(m_mode->currentData().toInt())); });
    m_historyBox = new QComboBox(this);
    m_historyBox->setToolTip(tr("Queries run before"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(20);
    connect(m_historyBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setQuery(m_historyBox->itemText(index));
    });
    auto *runButton = new QPushButton(tr("Run"), this);
    runButton->setToolTip(tr("Run the query (Ctrl+Return)"));
    connect(runButton, &QPushButton::clicked, this, &PromQlConsole::run);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    m_summary = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chart = new TimeSeriesChart(this);
    m_chart->setTitle(tr("Result"));
    m_results = new QStackedWidget(this);
    m_results->addWidget(m_table);
    m_results->addWidget(m_chart);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_range);
    bar->addWidget(m_historyBox, 1);
    bar->addWidget(runButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_editor);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    m_history.setEntries(QSettings().value(kHistoryKey).toStringList());
    updateHistoryBox();
}

void PromQlConsole::setPrometheus(PrometheusClient *client)
{
    m_client = client;
    m_completion->setClient(client);
}

void PromQlConsole::setQuery(const QString &query)
{
    m_editor->setPlainText(query);
    m_editor->markError(-1);
}

void PromQlConsole::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_range->setEnabled(mode == Mode::Range);
    m_results->setCurrentIndex(mode == Mode::Range ? 1 : 0);
}

QString PromQlConsole::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void PromQlConsole::updateHistoryBox()
{
    m_historyBox->clear();
    m_historyBox->addItem(tr("History (%n)", nullptr, int(m_history.entries().size())));
    m_historyBox->addItems(m_history.entries());
}

void PromQlConsole::saveHistory()
{
    QSettings().setValue(kHistoryKey, m_history.entries());
    updateHistoryBox();
}

void PromQlConsole::showError(const QString &message, const QString &expression)
{
    const auto position = PromQlErrorPosition::fromMessage(message);
    m_error->setText(position ? tr("Line %1, column %2: %3").arg(position->line).arg(position->column).arg(message)
                              : message);
    m_error->show();
    m_editor->markError(position ? position->offsetIn(expression) : -1);
}

void PromQlConsole::run()
{
    const QString expression = m_editor->toPlainText().trimmed();
    if (expression.isEmpty())
        return;
    m_error->hide();
    m_editor->markError(-1);
    if (!m_client) {
        showError(tr("No Prometheus is configured."), expression);
        return;
    }
    m_history.add(expression);
    saveHistory();
    m_summary->setText(tr("Running…"));
    const int request = ++m_request;
    const Mode mode = Mode(m_mode->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QFuture<PrometheusResult<PrometheusQueryResult>> future;
    QDateTime start;
    std::chrono::seconds step{1};
    if (mode == Mode::Range) {
        start = MetricsTimeRange(MetricsTimeRange::Preset(m_range->currentData().toInt())).start(now);
        step = MetricsTimeRange::step(start, now, std::max(200, m_chart->width()));
        future = m_client->queryRange(expression, start, now, step);
    } else {
        future = m_client->query(expression);
    }
    future.then(this, [this, request, mode, expression, start, now, step](const PrometheusResult<PrometheusQueryResult> &r) {
        if (request != m_request)
            return;
        m_summary->clear();
        if (!r.ok()) {
            showError(r.error.message, expression);
            emit finished();
            return;
        }
        const PrometheusQueryResult &q = r.value;
        if (mode == Mode::Range) {
            m_chart->setTimeRange(start, now);
            m_chart->setSeries(q.series, {}, double(step.count()));
            m_chart->setMessage(q.series.isEmpty() ? tr("The query returned no series.") : QString());
        } else if (q.type == PrometheusQueryResult::Type::Scalar) {
            m_model->setScalar(q.scalar.x(), q.scalar.y());
        } else if (q.type == PrometheusQueryResult::Type::String) {
            m_model->setText(q.scalar.x(), q.text);
        } else {
            m_model->setSeries(q.series);
        }
        m_summary->setText(tr("%n series", nullptr, int(q.series.size()))
                           + (r.warnings.isEmpty() ? QString() : QStringLiteral(" — ") + r.warnings.join(u' ')));
        emit finished();
    });
}

} // namespace ps
