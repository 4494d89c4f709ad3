#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ps {

class PaletteModel;

// The component palette: a search field over the grouped tree. Drag an entry onto the
// canvas; double-click adds it at the canvas centre; drop component files here to add them.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(PaletteModel *model, QWidget *parent = nullptr);

    PaletteModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setFilterText(const QString &text);

signals:
    void componentActivated(const QByteArray &componentYaml);
    void folderRequested();
    void message(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    PaletteModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace ps
