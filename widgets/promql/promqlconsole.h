#pragma once

#include "queryhistory.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace ps {

class PromQlCompletionSource;
class PromQlEditor;
class PrometheusClient;
class SeriesTableModel;
class TimeSeriesChart;

// Ask Prometheus anything: a PromQL editor with completion from the server, run as an
// instant query (a table) or a range query (a chart), errors shown where Prometheus says
// they are, and the history of the queries run (kept in the settings; never credentials).
class PromQlConsole : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Instant, Range };

    explicit PromQlConsole(QWidget *parent = nullptr);

    void setPrometheus(PrometheusClient *client);
    void setQuery(const QString &query);
    void setMode(Mode mode);

    PromQlEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    TimeSeriesChart *chart() const { return m_chart; }
    SeriesTableModel *tableModel() const { return m_model; }
    QString errorText() const;
    const QueryHistory &history() const { return m_history; }

public slots:
    void run();

signals:
    void finished();

private:
    void showError(const QString &message, const QString &expression);
    void saveHistory();
    void updateHistoryBox();

    QPointer<PrometheusClient> m_client;
    PromQlCompletionSource *m_completion = nullptr;
    PromQlEditor *m_editor = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_historyBox = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_results = nullptr;
    QTableView *m_table = nullptr;
    TimeSeriesChart *m_chart = nullptr;
    SeriesTableModel *m_model = nullptr;
    QueryHistory m_history;
    int m_request = 0;
};

} // namespace ps
