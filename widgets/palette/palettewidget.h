#pragma once

#include <QModelIndex>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ps {

class PaletteModel;

// The component palette: a search field over the grouped tree. Drag an entry onto the
// canvas; double-click or Enter adds it at the canvas centre (Enter in the search field: the
// first match); drop component files here to add them.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(PaletteModel *model, QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setFilterText(const QString &text);
    // Puts the keyboard in the search field (Edit ▸ Add Task…).
    void focusSearch();

signals:
    void componentActivated(const QByteArray &componentYaml);
    void folderRequested();
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex firstComponent(const QModelIndex &parent) const;

    PaletteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace ps
