#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ps {

class PipelineDocument;

// The tasks of a document's root graph as a table: name, component, implementation,
// image, what each waits for, and how it runs (condition, loop, exit handler).
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Component, Implementation, Image, WaitsFor, RunsWhen, ColumnCount };

    explicit TaskTableModel(PipelineDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    QPointer<PipelineDocument> m_document;
};

} // namespace ps
