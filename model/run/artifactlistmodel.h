#pragma once

#include "artifactinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace ps {

// The artifacts of a task or a run: name, producing task, type, size.
class ArtifactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TaskColumn, TypeColumn, SizeColumn, ColumnCount };

    explicit ArtifactListModel(QObject *parent = nullptr);

    // Keeps rows that stay (so a selection survives a refresh), adds and removes the others.
    void setArtifacts(const QList<ArtifactInfo> &artifacts);
    const QList<ArtifactInfo> &artifacts() const { return m_artifacts; }
    ArtifactInfo artifactAt(int row) const { return m_artifacts.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ArtifactInfo> m_artifacts;
};

} // namespace ps
