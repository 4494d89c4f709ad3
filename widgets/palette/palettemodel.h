#pragma once

#include "componentlibrary.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QStringList>

namespace ps {

// The palette's tree: categories, each with its components (name, description as tooltip).
// Dragging an entry carries the component as native YAML, so any canvas, even another
// window's, can instantiate it. Folders are read on a worker thread.
class PaletteModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { ComponentYamlRole = Qt::UserRole + 1, ComponentKeyRole };

    explicit PaletteModel(QObject *parent = nullptr);

    // Reads the bundled library and these folders (in the background).
    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    // Adds one component file (opened or dropped); returns false when it holds none.
    bool addFile(const QString &path);
    const ComponentLibrary &library() const { return m_library; }
    QByteArray componentYaml(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    void loaded();

private:
    void setLibrary(ComponentLibrary library);
    void regroup();
    const ComponentLibrary::Entry *entry(const QModelIndex &index) const;

    ComponentLibrary m_library;
    QStringList m_folders;
    QStringList m_extraFiles;
    QStringList m_categories;
    QList<QList<int>> m_members;  // per category: indexes into m_library.entries()
    QFutureWatcher<ComponentLibrary> m_watcher;
};

} // namespace ps
