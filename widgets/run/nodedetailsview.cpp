#include "nodedetailsview.h"

#include "costestimate.h"
#include "phasetext.h"
#include "runnode.h"
#include "taskrunstate.h"
#include "usagetext.h"

#include <QLocale>
#include <QScrollBar>
#include <QSettings>

namespace ps {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QStringLiteral("—");
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#616161;padding-right:12px'>%1</td><td>%2</td></tr>").arg(esc(label), valueHtml);
}

QString valuesTable(const QString &title, const QMap<QString, QString> &values, const QString &none)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(title));
    if (values.isEmpty())
        return html + QStringLiteral("<p style='color:#757575'>%1</p>").arg(esc(none));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        html += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td><code>%2</code></td></tr>")
                    .arg(esc(it.key()), esc(it.value().left(2000)));
    return html + QStringLiteral("</table>");
}

// The estimated cost, when prices are set: from what was requested and from what was used.
QString costRows(const CostEstimate &cost, const Prices &prices)
{
    if (prices.isEmpty() || (!cost.fromRequests && !cost.fromUsage))
        return {};
    return row(NodeDetailsView::tr("Cost (requested)"), esc(CostEstimate::text(cost.fromRequests, prices)))
           + row(NodeDetailsView::tr("Cost (used)"), esc(CostEstimate::text(cost.fromUsage, prices)));
}

} // namespace

NodeDetailsView::NodeDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Select a task in the run graph or the tree to see what it did."));
}

void NodeDetailsView::showNode(const RunSnapshot &snapshot, const QString &nodeId)
{
    const int scroll = verticalScrollBar()->value();
    if (snapshot.id.isEmpty()) {
        clear();
        return;
    }
    const RunNode *node = nodeId.isEmpty() ? nullptr : snapshot.node(nodeId);
    setHtml(node ? nodeHtml(snapshot, *node) : runHtml(snapshot));
    verticalScrollBar()->setValue(scroll);
}

QString NodeDetailsView::runHtml(const RunSnapshot &s) const
{
    TaskRunState times;
    times.startedAt = s.startedAt;
    times.finishedAt = s.finishedAt;
    const qint64 ms = times.durationMs(QDateTime::currentDateTimeUtc());
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(s.displayName.isEmpty() ? s.id : s.displayName));
    html += row(tr("Pipeline"), esc(s.pipelineName));
    html += row(tr("State"), QStringLiteral("<b>%1</b>").arg(esc(PhaseText::title(s.phase))));
    if (!s.message.isEmpty())
        html += row(tr("Message"), esc(s.message));
    html += row(tr("Started"), esc(timeText(s.startedAt)));
    html += row(tr("Finished"), esc(timeText(s.finishedAt)));
    if (ms >= 0)
        html += row(tr("Duration"), esc(TaskRunState::formatDuration(ms)));
    html += row(tr("Caching"), esc(s.cachingEnabled ? tr("on") : tr("off")));
    const Prices prices = Prices::load(QSettings());
    html += costRows(CostEstimate::ofRun(s, prices), prices);
    html += QStringLiteral("</table>");
    html += valuesTable(tr("Parameters"), s.parameters, tr("none"));
    html += valuesTable(tr("Outputs"), s.outputs, tr("none"));
    return html;
}

QString NodeDetailsView::nodeHtml(const RunSnapshot &s, const RunNode &n) const
{
    TaskRunState times;
    times.startedAt = n.startedAt;
    times.finishedAt = n.finishedAt;
    const qint64 ms = times.durationMs(QDateTime::currentDateTimeUtc());
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(n.displayName.isEmpty() ? n.name : n.displayName));
    html += row(tr("Node"), QStringLiteral("<code>%1</code>").arg(esc(n.id)));
    html += row(tr("Kind"), esc(toString(n.kind)));
    html += row(tr("Component"), esc(n.component));
    html += row(tr("State"), QStringLiteral("<b>%1</b>").arg(esc(PhaseText::title(n.phase))));
    if (!n.message.isEmpty())
        html += row(tr("Message"), esc(n.message));
    html += row(tr("Started"), esc(timeText(n.startedAt)));
    html += row(tr("Finished"), esc(timeText(n.finishedAt)));
    if (ms >= 0)
        html += row(tr("Duration"), esc(TaskRunState::formatDuration(ms)));
    if (n.pendingSince.isValid() && n.startedAt.isValid())
        html += row(tr("Waited"), esc(TaskRunState::formatDuration(std::max<qint64>(0, n.pendingSince.msecsTo(n.startedAt)))));
    if (n.usage) {
        const Prices prices = Prices::load(QSettings());
        html += costRows(CostEstimate::ofUsage(*n.usage, prices), prices);
    }
    html += QStringLiteral("</table>");
    if (n.usage)
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Usage")), esc(UsageText::lines(*n.usage).join(u'\n')).replace(u'\n', QStringLiteral("<br>")));
    if (!n.command.isEmpty()) {
        QStringList quoted;
        for (const QString &arg : n.command)
            quoted << (arg.contains(u' ') || arg.contains(u'\n') ? QStringLiteral("'%1'").arg(arg) : arg);
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(esc(tr("Command run")), esc(quoted.join(u' ').left(20000)));
    }
    html += valuesTable(tr("Inputs"), n.inputs, tr("none"));
    html += valuesTable(tr("Outputs"), n.outputs, tr("none yet"));
    Q_UNUSED(s)
    return html;
}

} // namespace ps
