#pragma once

#include "artifactinfo.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

// What an artifact file holds, read far enough to show it: text (JSON and YAML marked for
// highlighting), a CSV/TSV table, KFP-style metrics as a table, an image, or "binary". Reads
// at most a bounded prefix, so a 10 GB artifact previews as fast as a small one. Pure data;
// safe to build on a worker thread.
struct ArtifactPreview {
    enum class Kind { Empty, Text, Json, Yaml, Csv, Tsv, Metrics, Image, Binary, Directory, Unreadable };

    Kind kind = Kind::Empty;
    QString path;
    qint64 size = 0;
    QString text;                 // Text/Json/Yaml: the (possibly cut) content; Directory: a listing
    bool truncated = false;       // the text or table stops before the file ends
    QStringList header;           // Csv/Tsv/Metrics: column names
    QList<QStringList> rows;      // Csv/Tsv/Metrics: the rows read
    QImage image;
    QString error;                // Unreadable: why

    static constexpr qint64 kTextLimit = 1024 * 1024;
    static constexpr int kRowLimit = 5000;

    static ArtifactPreview load(const QString &path, const ArtifactInfo &artifact = {});

    // One line of a delimited file, with RFC 4180 quotes ("a ""b""", c).
    static QStringList splitDelimited(QStringView line, QChar separator);
    // KFP metrics ({"metrics":[{"name","numberValue","format"}]}) or, with `flatObjects`, an
    // object of numbers, as rows of name, value, format; false when `json` is neither.
    static bool readMetrics(const QByteArray &json, QList<QStringList> *rows, bool flatObjects);
};

} // namespace ps
