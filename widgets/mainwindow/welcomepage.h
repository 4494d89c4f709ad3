#pragma once

#include <QWidget>

class QListWidget;

namespace ps {

// What the window shows before a pipeline is open: new, open, recent files and the
// bundled examples, each one click away.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListWidget *examples() const { return m_examples; }

signals:
    void newRequested();
    void openRequested();
    void fileRequested(const QString &path);

private:
    QListWidget *m_recent;
    QListWidget *m_examples;
};

} // namespace ps
