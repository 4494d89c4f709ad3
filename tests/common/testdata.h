#pragma once

#include <QDir>
#include <QDirIterator>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace pstest {

inline QString sourcePath(const QString &relative) { return QStringLiteral(PS_SOURCE_DIR "/") + relative; }
inline QString sharedPath(const QString &relative) { return QStringLiteral(PS_SHARED_DIR "/") + relative; }

// Every YAML/JSON file under a folder, sorted: tests walk whole corpora, never a picked list.
inline QStringList filesUnder(const QString &folder, const QStringList &patterns = {QStringLiteral("*.yaml"),
                                                                                     QStringLiteral("*.yml")})
{
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace pstest
