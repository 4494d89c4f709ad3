#include "resourcespanel.h"

#include "monitoringconnection.h"
#include "prometheussettingsdialog.h"
#include "resourcequeries.h"
#include "resourcesloader.h"
#include "runbackend.h"
#include "timeserieschart.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps {

using namespace std::chrono_literals;

namespace {

constexpr int kDefaultRefreshIndex = 2; // 5 s
const std::chrono::seconds kRefreshIntervals[] = {0s, 2s, 5s, 10s, 30s, 60s};

} // namespace

ResourcesPanel::ResourcesPanel(QWidget *parent) : QWidget(parent), m_loader(new ResourcesLoader(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    buildToolbar();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->hide();
    connect(m_message, &QLabel::linkActivated, this, &ResourcesPanel::openSettings);
    layout->addWidget(m_message);
    // Charts side by side when the panel is wide and low (the bottom row), so each stays
    // tall enough to read; stacked otherwise.
    m_chartsLayout = new QBoxLayout(QBoxLayout::TopToBottom);
    layout->addLayout(m_chartsLayout, 1);
    for (ResourceKind kind : {ResourceKind::Cpu, ResourceKind::Memory, ResourceKind::GpuUtilisation, ResourceKind::GpuMemory}) {
        auto *chart = new TimeSeriesChart(this);
        chart->setTitle(ResourceQueries::title(kind));
        chart->setUnit(kind == ResourceKind::Cpu ? MetricUnit::Cores
                       : kind == ResourceKind::GpuUtilisation ? MetricUnit::Percent
                                                              : MetricUnit::Bytes);
        chart->setMessage(tr("CPU and memory of a run, or of the task selected in it, appear here: open a run or start one with F5."));
        chart->setVisible(kind == ResourceKind::Cpu || kind == ResourceKind::Memory);
        connect(chart, &TimeSeriesChart::timeHovered, this, [this, chart](const QDateTime &time) {
            for (TimeSeriesChart *other : std::as_const(m_charts))
                if (other != chart)
                    other->setMarker(time);
            emit timeHovered(time);
        });
        m_charts.insert(kind, chart);
        m_chartsLayout->addWidget(chart, 1);
    }
    connect(m_loader, &ResourcesLoader::seriesLoaded, this, &ResourcesPanel::seriesLoaded);
    connect(m_loader, &ResourcesLoader::failed, this, &ResourcesPanel::showError);
    connect(m_loader, &ResourcesLoader::finished, this, &ResourcesPanel::loaded);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        updateSpan();
        if (m_range.isLive() && !m_loader->isLoading())
            refresh();
    });
    setRefreshInterval(kRefreshIntervals[kDefaultRefreshIndex]);
}

ResourcesPanel::~ResourcesPanel() = default;

void ResourcesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Stacked, two charts need about 2 × 150 px; below that, and with room across, side by side.
    const bool wide = height() < 340 && width() >= 400;
    m_chartsLayout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ResourcesPanel::buildToolbar()
{
    auto *bar = new QHBoxLayout;
    m_rangeBox = new QComboBox(this);
    for (MetricsTimeRange::Preset preset : MetricsTimeRange::presets())
        m_rangeBox->addItem(MetricsTimeRange::label(preset), int(preset));
    m_rangeBox->setToolTip(tr("Time range of the charts"));
    m_customStart = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_customEnd = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    for (QDateTimeEdit *edit : {m_customStart, m_customEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->hide();
        connect(edit, &QDateTimeEdit::editingFinished, this,
                [this] { setCustomRange(m_customStart->dateTime(), m_customEnd->dateTime()); });
    }
    m_refreshBox = new QComboBox(this);
    m_refreshBox->addItem(tr("Refresh off"));
    for (std::size_t i = 1; i < std::size(kRefreshIntervals); ++i)
        m_refreshBox->addItem(tr("Every %1 s").arg(kRefreshIntervals[i].count()));
    m_refreshBox->setCurrentIndex(kDefaultRefreshIndex);
    m_refreshBox->setToolTip(tr("How often live charts ask Prometheus again"));
    auto *now = new QToolButton(this);
    now->setText(tr("Refresh"));
    now->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(now, &QToolButton::clicked, this, &ResourcesPanel::refresh);
    connect(m_rangeBox, &QComboBox::activated, this,
            [this] { setTimeRange(MetricsTimeRange::Preset(m_rangeBox->currentData().toInt())); });
    connect(m_refreshBox, &QComboBox::activated, this,
            [this](int index) { setRefreshInterval(kRefreshIntervals[index]); });
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_customStart);
    bar->addWidget(m_customEnd);
    bar->addStretch(1);
    bar->addWidget(m_refreshBox);
    bar->addWidget(now);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void ResourcesPanel::setPrometheus(PrometheusClient *client)
{
    m_loader->setClient(client);
    refresh();
}

void ResourcesPanel::setConnection(MonitoringConnection *connection)
{
    m_connection = connection;
    connect(connection, &MonitoringConnection::statusChanged, this, [this](MonitoringConnection::Status) {
        if (m_connection->status() == MonitoringConnection::Status::Unavailable)
            showMessage(m_connection->statusMessage().toHtmlEscaped() + configureHint());
        else
            refresh();
    });
    setPrometheus(connection->prometheus());
}

void ResourcesPanel::setRun(RunBackend *backend, const QString &runId)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    m_runId = runId;
    m_nodeId.clear();
    if (backend)
        connect(backend, &RunBackend::runChanged, this, [this](const QString &id) {
            if (id == m_runId)
                updateSpan();
        });
    refresh();
}

void ResourcesPanel::setTask(const QString &nodeId)
{
    if (nodeId == m_nodeId)
        return;
    m_nodeId = nodeId;
    refresh();
}

void ResourcesPanel::setTimeRange(MetricsTimeRange::Preset preset)
{
    m_range.setPreset(preset);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(preset)));
    m_customStart->setVisible(preset == MetricsTimeRange::Preset::Custom);
    m_customEnd->setVisible(preset == MetricsTimeRange::Preset::Custom);
    if (preset == MetricsTimeRange::Preset::Custom)
        m_range.setCustom(m_customStart->dateTime(), m_customEnd->dateTime());
    refresh();
}

void ResourcesPanel::setCustomRange(const QDateTime &start, const QDateTime &end)
{
    m_customStart->setDateTime(start);
    m_customEnd->setDateTime(end);
    m_range.setCustom(start, std::max(end, start.addSecs(60)));
    if (m_range.preset() == MetricsTimeRange::Preset::Custom)
        refresh();
    else
        setTimeRange(MetricsTimeRange::Preset::Custom);
}

void ResourcesPanel::setRefreshInterval(std::chrono::seconds interval)
{
    for (std::size_t i = 0; i < std::size(kRefreshIntervals); ++i)
        if (kRefreshIntervals[i] == interval)
            m_refreshBox->setCurrentIndex(int(i));
    if (interval.count() > 0)
        m_refreshTimer.start(interval);
    else
        m_refreshTimer.stop();
}

void ResourcesPanel::updateSpan()
{
    const std::optional<RunSnapshot> run = m_backend ? m_backend->snapshot(m_runId) : std::nullopt;
    if (!run) {
        m_range.setSpan({}, {});
        return;
    }
    const RunNode *node = m_nodeId.isEmpty() ? nullptr : run->node(m_nodeId);
    const QDateTime start = node && node->startedAt.isValid() ? node->startedAt
                          : run->startedAt.isValid()          ? run->startedAt
                                                              : run->createdAt;
    const QDateTime end = node && node->startedAt.isValid() ? node->finishedAt
                          : isFinished(run->phase)          ? run->finishedAt
                                                            : QDateTime();
    m_range.setSpan(start, end);
}

QString ResourcesPanel::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool ResourcesPanel::isLoading() const { return m_loader->isLoading(); }

void ResourcesPanel::refresh()
{
    if (!m_backend || m_runId.isEmpty()) {
        m_loader->cancel();
        for (TimeSeriesChart *chart : std::as_const(m_charts)) {
            chart->setSeries({});
            chart->clearReferenceLines();
            chart->setMessage(tr("CPU and memory of a run, or of the task selected in it, appear here: open a run or start one with F5."));
        }
        return;
    }
    if (m_connection && m_connection->status() == MonitoringConnection::Status::Unavailable) {
        showMessage(m_connection->statusMessage().toHtmlEscaped() + configureHint());
        return;
    }
    updateSpan();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = m_range.start(now);
    const QDateTime end = m_range.end(now);
    const int pixels = std::max(200, m_charts.value(ResourceKind::Cpu)->width());
    const std::chrono::seconds step = MetricsTimeRange::step(start, end, pixels);
    const QString matchers = m_backend->metricMatchers(m_runId, m_nodeId);
    m_queries = ResourceQueries::build(matchers, ResourceQueries::rateWindow(matchers, step));
    m_step = double(step.count());
    for (TimeSeriesChart *chart : std::as_const(m_charts)) {
        chart->setTimeRange(start, end);
        if (ResourceQueries::sourceOf(matchers) != ResourceQueries::Source::Kubernetes)
            chart->clearReferenceLines();
    }
    m_loader->load(m_queries, start, end, step);
}

void ResourcesPanel::seriesLoaded(int index, const QList<MetricSeries> &series)
{
    m_message->hide();
    const ResourceQuery &query = m_queries.at(index);
    TimeSeriesChart *chart = m_charts.value(query.kind);
    if (query.role != ResourceQuery::Role::Usage) {
        // A cluster pod's requests and limits, drawn over its usage.
        chart->setReferenceLines(query.role == ResourceQuery::Role::Request ? ReferenceLines::Kind::Request
                                                                            : ReferenceLines::Kind::Limit,
                                 series, query.seriesLabel);
        return;
    }
    chart->setSeries(series, query.seriesLabel, m_step);
    chart->setMessage(series.isEmpty() ? tr("No samples in this time range yet.") : QString());
    // GPU charts only where GPU metrics exist.
    if (query.kind == ResourceKind::GpuUtilisation || query.kind == ResourceKind::GpuMemory)
        chart->setVisible(!series.isEmpty());
}

void ResourcesPanel::showError(const PrometheusError &error)
{
    if (error.kind == PrometheusError::Kind::Cancelled)
        return;
    QString text = error.message.toHtmlEscaped();
    if (error.kind == PrometheusError::Kind::Unreachable || error.kind == PrometheusError::Kind::Timeout
        || error.kind == PrometheusError::Kind::Unauthorized)
        text += configureHint();
    showMessage(text);
}

QString ResourcesPanel::configureHint() const
{
    return QStringLiteral("<br>")
         + tr("Pipeline Studio starts its own Prometheus when the Debian packages prometheus and "
              "prometheus-node-exporter are installed, or <a href=\"configure\">set the address of "
              "your Prometheus</a>.");
}

void ResourcesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        if (chart->store().isEmpty())
            chart->setMessage(tr("No data: see the message above."));
}

void ResourcesPanel::showTime(const QDateTime &time)
{
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setMarker(time);
}

void ResourcesPanel::openSettings()
{
    if (!m_connection) {
        emit configureRequested();
        return;
    }
    PrometheusSettingsDialog dialog(m_connection, this);
    dialog.exec();
}

} // namespace ps
