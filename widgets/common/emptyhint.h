#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace ps {

// Says what an empty list, table or tree is for ("No runs yet. Run a pipeline with F5…"):
// a label centred in the view's viewport, shown while the view's model has no rows and
// hidden as soon as it has one. Attach after the view has its model.
class EmptyHint : public QLabel
{
    Q_OBJECT
public:
    static EmptyHint *attach(QAbstractItemView *view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyHint(QAbstractItemView *view, const QString &text);
    void refresh();

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
};

} // namespace ps
