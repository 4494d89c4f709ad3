#include "componentlibrary.h"

#include "pipelinefilereader.h"

#include <QDirIterator>

#include <algorithm>

namespace ps {

void ComponentLibrary::addFolder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    for (const QString &f : std::as_const(files))
        addFile(f);
}

bool ComponentLibrary::addFile(const QString &path)
{
    LoadedFile loaded = PipelineFileReader::readFile(path);
    m_diagnostics.append(loaded.diagnostics);
    // A KFP IR file of one task is a pipeline that also offers its component.
    if (!loaded.readable || (loaded.kind != LoadedFile::Kind::Component && loaded.format != FileFormat::KfpComponentIr))
        return false;
    ComponentSpec c = loaded.component;
    if (c.category.isEmpty())
        c.category = QStringLiteral("Imported");
    // A later file with the same key replaces the earlier one (user folders override bundled).
    m_entries.removeIf([&c](const Entry &e) { return e.component.key == c.key; });
    m_entries.append({c, path});
    return true;
}

const ComponentLibrary::Entry *ComponentLibrary::find(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.component.key == key)
            return &e;
    }
    return nullptr;
}

QStringList ComponentLibrary::categories() const
{
    QStringList result;
    for (const Entry &e : m_entries) {
        if (!result.contains(e.component.category))
            result.append(e.component.category);
    }
    return result;
}

} // namespace ps
