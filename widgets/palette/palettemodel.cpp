#include "palettemodel.h"

#include "nativewriter.h"
#include "pipelineview.h"

#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace ps {

namespace {
// Internal ids: 0 for categories; entry index + 1 for components (whose parent is found
// through the entry's category).
constexpr quintptr kCategory = 0;
} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<ComponentLibrary>::finished, this, [this] {
        ComponentLibrary library = m_watcher.result();
        for (const QString &file : std::as_const(m_extraFiles))
            library.addFile(file);
        setLibrary(std::move(library));
        emit loaded();
    });
    ComponentLibrary bundled;
    bundled.addFolder(QStringLiteral(":/components"));
    setLibrary(std::move(bundled));
}

void PaletteModel::setFolders(const QStringList &folders)
{
    m_folders = folders;
    m_watcher.setFuture(QtConcurrent::run([folders] {
        ComponentLibrary library;
        library.addFolder(QStringLiteral(":/components"));
        for (const QString &folder : folders)
            library.addFolder(folder);
        return library;
    }));
}

bool PaletteModel::addFile(const QString &path)
{
    ComponentLibrary library = m_library;
    if (!library.addFile(path))
        return false;
    if (!m_extraFiles.contains(path))
        m_extraFiles.append(path);
    setLibrary(std::move(library));
    return true;
}

void PaletteModel::setLibrary(ComponentLibrary library)
{
    beginResetModel();
    m_library = std::move(library);
    regroup();
    endResetModel();
}

void PaletteModel::regroup()
{
    m_categories = m_library.categories();
    std::sort(m_categories.begin(), m_categories.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    m_members = QList<QList<int>>(m_categories.size());
    const QList<ComponentLibrary::Entry> &entries = m_library.entries();
    for (int i = 0; i < entries.size(); ++i)
        m_members[m_categories.indexOf(entries.at(i).component.category)].append(i);
    for (QList<int> &members : m_members) {
        std::sort(members.begin(), members.end(), [&entries](int a, int b) {
            return entries.at(a).component.name.localeAwareCompare(entries.at(b).component.name) < 0;
        });
    }
}

const ComponentLibrary::Entry *PaletteModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kCategory)
        return nullptr;
    return &m_library.entries().at(int(index.internalId() - 1));
}

QByteArray PaletteModel::componentYaml(const QModelIndex &index) const
{
    const ComponentLibrary::Entry *e = entry(index);
    return e ? NativeWriter::writeComponent(e->component) : QByteArray();
}

QModelIndex PaletteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_categories.size() ? createIndex(row, 0, kCategory) : QModelIndex();
    if (parent.internalId() != kCategory || parent.row() >= m_members.size())
        return {};
    const QList<int> &members = m_members.at(parent.row());
    return row < members.size() ? createIndex(row, 0, quintptr(members.at(row)) + 1) : QModelIndex();
}

QModelIndex PaletteModel::parent(const QModelIndex &child) const
{
    const ComponentLibrary::Entry *e = entry(child);
    if (!e)
        return {};
    return createIndex(int(m_categories.indexOf(e->component.category)), 0, kCategory);
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.internalId() == kCategory && parent.column() == 0)
        return int(m_members.value(parent.row()).size());
    return 0;
}

int PaletteModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ComponentLibrary::Entry *e = entry(index);
    if (!e) {
        return role == Qt::DisplayRole ? QVariant(m_categories.value(index.row())) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return e->component.name.isEmpty() ? e->component.key : e->component.name;
    case Qt::ToolTipRole:
        return e->component.description.isEmpty() ? tr("No description.") : e->component.description.trimmed();
    case ComponentKeyRole:
        return e->component.key;
    case ComponentYamlRole:
        return NativeWriter::writeComponent(e->component);
    default:
        return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return entry(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled : Qt::ItemIsEnabled;
}

QStringList PaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(PipelineView::kComponentMimeType), QStringLiteral("text/uri-list")};
}

QMimeData *PaletteModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QByteArray yaml = componentYaml(index);
        if (yaml.isEmpty())
            continue;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(PipelineView::kComponentMimeType), yaml);
        mime->setText(QString::fromUtf8(yaml));
        return mime;
    }
    return nullptr;
}

} // namespace ps
