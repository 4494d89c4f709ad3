#include "documentfiles.h"

#include "pipelinedocument.h"
#include "pipelineexporter.h"
#include "recoveryautosaver.h"

#include <QAction>
#include <QIcon>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ps {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("files/recent");
} // namespace

DocumentFiles::DocumentFiles(PipelineDocument *document, QWidget *window, RecoveryStore store)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_autosaver(new RecoveryAutosaver(document, std::move(store), 5000, this))
    , m_new(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this))
    , m_open(new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this))
    , m_save(new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this))
    , m_saveAs(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this))
    , m_recent(new QMenu(tr("Open &Recent"), window))
    , m_export(new QMenu(tr("&Export"), window))
{
    m_recent->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_new, &QAction::triggered, this, &DocumentFiles::newDocument);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open pipeline or component"), QString(),
            tr("Pipelines and components (*.yaml *.yml *.json *.pipeline);;All files (*)"));
        if (!path.isEmpty())
            openFileInBackground(path);
    });
    connect(m_save, &QAction::triggered, this, &DocumentFiles::save);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(&m_reader, &QFutureWatcher<FileCheck>::finished, this, [this] { apply(m_readingPath, m_reader.result()); });
    connect(m_autosaver, &RecoveryAutosaver::failed, this, &DocumentFiles::message);
    rebuildRecentMenu();
    rebuildExportMenu();
}

const RecoveryStore &DocumentFiles::recoveryStore() const
{
    return m_autosaver->store();
}

bool DocumentFiles::openFile(const QString &path)
{
    const FileCheck check = FileCheck::run(path);
    apply(path, check);
    return check.file.readable;
}

void DocumentFiles::openFileInBackground(const QString &path)
{
    m_readingPath = path;
    emit message(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_reader.setFuture(QtConcurrent::run([path] { return FileCheck::run(path); }));
}

void DocumentFiles::apply(const QString &path, const FileCheck &check)
{
    if (!check.file.readable) {
        emit openFailed(path, check.diagnostics);
        emit message(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Bundled (":/…") and foreign-format files are saved under a new name, never overwritten.
    const bool ownFile = check.file.format == FileFormat::Native && !path.startsWith(u':');
    m_document->reset(check.file.asPipeline(), ownFile ? path : QString());
    if (!path.startsWith(u':'))
        addRecent(path);
    if (check.file.kind == LoadedFile::Kind::Component || check.file.format == FileFormat::KfpComponentIr)
        emit componentFileOpened(path); // a one-task KFP IR file offers its component too
    emit opened(path, check);
    emit message(tr("Opened %1 (%2)").arg(QDir::toNativeSeparators(path), fileFormatName(check.file.format)));
#ifdef __GLIBC__
    // Reading a large file leaves its parse tree's memory free but held by the allocator
    // (and the reader thread's arena); hand it back so a big pipeline's footprint is the
    // model and the canvas, not the file's YAML.
    malloc_trim(0);
#endif
}

bool DocumentFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::warning(m_window, tr("Save failed"), error);
        return false;
    }
    addRecent(m_document->filePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool DocumentFiles::saveAs(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggestion = m_document->filePath().isEmpty()
                                       ? m_document->pipeline().name + QStringLiteral(".pstudio.yaml")
                                       : m_document->filePath();
        path = QFileDialog::getSaveFileName(m_window, tr("Save pipeline"), suggestion, tr("Pipeline Studio files (*.pstudio.yaml)"));
    }
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(m_window, tr("Save failed"), error);
        return false;
    }
    addRecent(path);
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentFiles::exportTo(FileFormat format, const QString &path, QString *error)
{
    const PipelineExporter::Result result = PipelineExporter::write(m_document->pipeline(), format);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines.append(d.toString());
        *error = tr("The pipeline cannot be written as %1:\n%2").arg(fileFormatName(format), lines.join(u'\n'));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("The pipeline %1 has unsaved changes. Save them?").arg(m_document->pipeline().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::newDocument()
{
    if (!maybeSave())
        return;
    Pipeline pipeline;
    pipeline.name = QStringLiteral("new-pipeline");
    m_document->reset(pipeline);
}

QStringList DocumentFiles::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentFiles::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void DocumentFiles::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFileInBackground(path);
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void DocumentFiles::rebuildExportMenu()
{
    const QList<std::pair<FileFormat, QString>> formats = {
        {FileFormat::KfpIr, tr("Kubeflow Pipelines (KFP v2 IR)…")},
        {FileFormat::ArgoWorkflow, tr("Argo Workflow…")},
        {FileFormat::ArgoCronWorkflow, tr("Argo CronWorkflow…")},
        {FileFormat::ArgoWorkflowTemplate, tr("Argo WorkflowTemplate…")},
        {FileFormat::ArgoClusterWorkflowTemplate, tr("Argo ClusterWorkflowTemplate…")},
        {FileFormat::Native, tr("Pipeline Studio (native)…")},
    };
    for (const auto &[format, label] : formats) {
        if (!PipelineExporter::canWrite(format))
            continue;
        QAction *action = m_export->addAction(QIcon::fromTheme(QStringLiteral("document-export")), label);
        connect(action, &QAction::triggered, this, [this, format] {
            const QString path = QFileDialog::getSaveFileName(m_window, tr("Export pipeline"),
                                                              m_document->pipeline().name + QStringLiteral(".yaml"),
                                                              tr("YAML files (*.yaml *.yml)"));
            QString error;
            if (path.isEmpty())
                return;
            if (exportTo(format, path, &error))
                emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
            else
                QMessageBox::warning(m_window, tr("Export failed"), error);
        });
    }
}

void DocumentFiles::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = recoveryStore().orphans();
    if (entries.isEmpty())
        return;
    const RecoveryStore::Entry &newest = entries.first();
    const QString what = newest.originalPath.isEmpty() ? newest.title : QDir::toNativeSeparators(newest.originalPath);
    const auto answer = QMessageBox::question(
        m_window, tr("Restore unsaved work?"),
        tr("Pipeline Studio did not close normally. Unsaved changes to %1 from %2 were kept. Restore them?")
            .arg(what, QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restore(newest);
    else
        RecoveryStore::remove(newest);
}

bool DocumentFiles::restore(const RecoveryStore::Entry &entry)
{
    const FileCheck check = FileCheck::run(entry.recoveryPath);
    if (!check.file.readable) {
        emit openFailed(entry.recoveryPath, check.diagnostics);
        return false;
    }
    m_document->reset(check.file.pipeline, entry.originalPath);
    // Restored work is unsaved work: the document is modified until the user saves.
    m_document->undoStack()->resetClean();
    RecoveryStore::remove(entry);
    emit opened(entry.originalPath, check);
    emit message(tr("Restored unsaved changes"));
    return true;
}

} // namespace ps
