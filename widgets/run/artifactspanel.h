#pragma once

#include "runbackend.h"

#include "artifactinfo.h"

#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace ps {

class ArtifactListModel;
class ArtifactPreviewWidget;

// The Artifacts dock: the outputs of the selected task (or the whole run) with a preview of
// the selected one; save as, open with the system's application. Artifacts are fetched
// through the backend into a private folder first, so cluster artifacts work the same way.
class ArtifactsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactsPanel(QWidget *parent = nullptr);

    void setRun(RunBackend *backend, const QString &runId);
    // Narrows the list to one node's artifacts; empty: the whole run.
    void setNode(const QString &nodeId);

    QTableView *list() const { return m_list; }
    ArtifactListModel *model() const { return m_model; }
    ArtifactPreviewWidget *preview() const { return m_preview; }
    QAction *saveAction() const { return m_save; }
    QAction *openAction() const { return m_open; }
    // Fetches the selected artifact to `path` (Save As without the file dialog).
    void saveSelectedTo(const QString &path);

signals:
    // A preview is on show (or failed with a message): for tests and the status bar.
    void previewShown();
    void saved(const QString &path, const QString &error);

private:
    enum class Purpose { Preview, Save, Open };
    void refresh();
    void selectionChanged();
    void fetched(int requestId, const QString &path, const QString &error);
    void fetch(Purpose purpose, const QString &target);
    void startPreview(const QString &path, const ArtifactInfo &info, int requestId);
    ArtifactInfo selected() const;

    ArtifactListModel *m_model;
    QTableView *m_list;
    ArtifactPreviewWidget *m_preview;
    QLabel *m_scope;
    QAction *m_save;
    QAction *m_open;
    QTimer *m_coalesce;
    QPointer<RunBackend> m_backend;
    QString m_runId;
    QString m_node;
    QTemporaryDir m_cache;
    QHash<int, Purpose> m_requests;
    int m_previewRequest = -1;
    int m_localPreview = -1;   // ids below -1 name previews of local files
};

} // namespace ps
