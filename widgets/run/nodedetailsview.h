#pragma once

#include "runsnapshot.h"

#include <QTextBrowser>

namespace ps {

// What happened to one run node: phase, message, times, the command actually run, and its
// inputs and outputs with their values. Selectable text, so values can be copied.
class NodeDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NodeDetailsView(QWidget *parent = nullptr);

    // Shows `nodeId` of `snapshot`; with an empty id, the run itself (parameters, outputs).
    void showNode(const RunSnapshot &snapshot, const QString &nodeId);

private:
    QString runHtml(const RunSnapshot &snapshot) const;
    QString nodeHtml(const RunSnapshot &snapshot, const RunNode &node) const;
};

} // namespace ps
