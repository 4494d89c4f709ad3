#pragma once

#include "filecheck.h"
#include "recoverystore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace ps {

class PipelineDocument;
class RecoveryAutosaver;

// Files of the open document: new, open (any readable format; large files are read on a
// worker thread), save (atomic), save as (native), export (every writable format), recent
// files, the unsaved-changes prompt, and the crash-recovery copy.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    DocumentFiles(PipelineDocument *document, QWidget *window, RecoveryStore store = RecoveryStore());

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recent; }
    QMenu *exportMenu() const { return m_export; }

    // Reads and opens a file now; false (problems reported) when it cannot be read.
    bool openFile(const QString &path);
    // Reads on a worker thread, then opens; `opened` tells the outcome.
    void openFileInBackground(const QString &path);
    bool save();
    bool saveAs(const QString &path = {});
    bool exportTo(FileFormat format, const QString &path, QString *error);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newDocument();

    QStringList recentFiles() const;
    const RecoveryStore &recoveryStore() const;
    // Offers the copies left by crashed sessions (newest first); restores the one accepted.
    void offerRecovery();
    bool restore(const RecoveryStore::Entry &entry);

signals:
    void opened(const QString &path, const ps::FileCheck &check);
    void openFailed(const QString &path, const ps::Diagnostics &diagnostics);
    void componentFileOpened(const QString &path);
    void message(const QString &text);

private:
    void apply(const QString &path, const FileCheck &check);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void rebuildExportMenu();

    PipelineDocument *m_document;
    QWidget *m_window;
    RecoveryAutosaver *m_autosaver;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recent;
    QMenu *m_export;
    QFutureWatcher<FileCheck> m_reader;
    QString m_readingPath;
};

} // namespace ps
