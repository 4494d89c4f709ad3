#include "palettewidget.h"

#include "palettemodel.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QIcon>
#include <QKeyEvent>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ps {

PaletteWidget::PaletteWidget(PaletteModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("Palette"));
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    auto *addFolder = new QToolButton(this);
    addFolder->setText(tr("Add folder…"));
    addFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-new")));
    addFolder->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addFolder->setToolTip(tr("Add a folder of component files to the palette"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(addFolder);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->expandAll();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setAcceptDrops(true);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilterText);
    connect(addFolder, &QToolButton::clicked, this, &PaletteWidget::folderRequested);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    // Double-click, or Enter on the keyboard.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QByteArray yaml = m_model->componentYaml(m_proxy->mapToSource(index));
        if (!yaml.isEmpty())
            emit componentActivated(yaml);
    });
    // From the search field: Down goes into the list, Enter adds the first match.
    m_search->installEventFilter(this);
    m_search->setAccessibleName(tr("Search components"));
    m_view->setAccessibleName(tr("Components"));
    m_view->setAccessibleDescription(tr("Enter adds the component to the pipeline"));
}

void PaletteWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QModelIndex PaletteWidget::firstComponent(const QModelIndex &parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!m_model->componentYaml(m_proxy->mapToSource(index)).isEmpty())
            return index;
        if (const QModelIndex inner = firstComponent(index); inner.isValid())
            return inner;
    }
    return {};
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex first = firstComponent(QModelIndex());
        if (key == Qt::Key_Down && first.isValid()) {
            m_view->setCurrentIndex(first);
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_search->text().isEmpty()) {
            if (first.isValid())
                emit componentActivated(m_model->componentYaml(m_proxy->mapToSource(first)));
            else
                emit message(tr("No component matches “%1”.").arg(m_search->text()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PaletteWidget::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

void PaletteWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PaletteWidget::dropEvent(QDropEvent *event)
{
    int added = 0;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && m_model->addFile(url.toLocalFile()))
            ++added;
        else
            emit message(tr("%1 holds no component.").arg(QFileInfo(url.toLocalFile()).fileName()));
    }
    if (added > 0) {
        emit message(tr("Added %n component(s) to the palette.", nullptr, added));
        event->acceptProposedAction();
    }
}

} // namespace ps
