#pragma once

#include "pipeline.h"
#include "runsnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ps {

class TimelineView;

// The Timeline dock: the view with its zoom, fit and expand buttons and a legend of what
// the colours and outlines mean.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    // Shows `run` as of now (or `nowMs`, ms since the epoch, for tests and replays).
    void showRun(const RunSnapshot &run, const std::optional<Pipeline> &pipeline, qint64 nowMs = -1);
    void clear();
    void selectNode(const QString &nodeId);
    TimelineView *view() const { return m_view; }

signals:
    void nodeSelected(const QString &nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLegend();

    TimelineView *m_view;
    QLabel *m_summary;
    QList<QLabel *> m_legend;
};

} // namespace ps
