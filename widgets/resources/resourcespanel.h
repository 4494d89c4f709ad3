#pragma once

#include "metricstimerange.h"
#include "prometheuserror.h"
#include "resourcequery.h"

#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace ps {

class MonitoringConnection;
class PrometheusClient;
class ResourcesLoader;
class RunBackend;
class TimeSeriesChart;
struct MetricSeries;

// What a run, or one task of it, costs: CPU (cores), memory (IEC bytes) and, where the
// metrics exist, GPU utilisation and GPU memory, from Prometheus through PromQL templates
// filled with the backend's label matchers. Time range: the run's span (live while it
// runs) or a window ending now, or a custom interval; refreshed periodically.
class ResourcesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcesPanel(QWidget *parent = nullptr);
    ~ResourcesPanel() override;

    // The Prometheus the charts ask; with a connection, also its status and settings.
    void setPrometheus(PrometheusClient *client);
    void setConnection(MonitoringConnection *connection);
    void setRun(RunBackend *backend, const QString &runId);
    // Filters the charts to one node of the run; empty: the whole run.
    void setTask(const QString &nodeId);
    void setTimeRange(MetricsTimeRange::Preset preset);
    void setCustomRange(const QDateTime &start, const QDateTime &end);
    // 0 stops refreshing.
    void setRefreshInterval(std::chrono::seconds interval);

    TimeSeriesChart *chart(ResourceKind kind) const { return m_charts.value(kind); }
    // The sentence above the charts: why there is nothing, or what to configure.
    QString message() const;
    bool isLoading() const;

public slots:
    void refresh();
    // Marks `time` on every chart (e.g. the time of a log line).
    void showTime(const QDateTime &time);

signals:
    void timeHovered(const QDateTime &time);
    void loaded();
    // The user asked to configure Prometheus (shown when no Prometheus answers and no
    // connection was given to open the settings dialog with).
    void configureRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_chartsLayout = nullptr;
    void buildToolbar();
    void updateSpan();
    void seriesLoaded(int index, const QList<ps::MetricSeries> &series);
    void showError(const PrometheusError &error);
    void showMessage(const QString &text);
    void openSettings();
    QString configureHint() const;

    QPointer<RunBackend> m_backend;
    QPointer<MonitoringConnection> m_connection;
    QString m_runId;
    QString m_nodeId;
    MetricsTimeRange m_range;
    QList<ResourceQuery> m_queries;
    double m_step = 1;
    ResourcesLoader *m_loader = nullptr;
    QMap<ResourceKind, TimeSeriesChart *> m_charts;
    QComboBox *m_rangeBox = nullptr;
    QComboBox *m_refreshBox = nullptr;
    QDateTimeEdit *m_customStart = nullptr;
    QDateTimeEdit *m_customEnd = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_refreshTimer;
};

} // namespace ps
