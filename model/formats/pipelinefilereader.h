#pragma once

#include "loadedfile.h"

#include <QByteArray>
#include <QString>

namespace ps {

// The one entry point for reading any supported file: detects the format from the
// content and hands it to that format's reader. Never throws; every failure is a
// located diagnostic in the result.
class PipelineFileReader
{
public:
    static LoadedFile readFile(const QString &path);
    static LoadedFile readBytes(const QByteArray &bytes, const QString &path);
};

} // namespace ps
