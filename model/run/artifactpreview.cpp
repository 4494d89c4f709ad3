#include "artifactpreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ps {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArtifactPreview)
};

constexpr int kDirectoryListLimit = 500;

bool looksBinary(const QByteArray &head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 8192);
    if (head.left(n).contains('\0'))
        return true;
    // Invalid UTF-8 in the sample (ignoring a sequence cut at the end) means binary.
    const QByteArray sample = head.left(n);
    QString decoded = QString::fromUtf8(sample);
    const int replacements = int(decoded.count(QChar::ReplacementCharacter));
    return replacements > 4 || (replacements > 0 && n < 64);
}

QString extensionOf(const QString &path) { return QFileInfo(path).suffix().toLower(); }

ArtifactPreview::Kind textKind(const QString &path, const ArtifactInfo &artifact, const QByteArray &head)
{
    using Kind = ArtifactPreview::Kind;
    const QString ext = extensionOf(path);
    const QString type = artifact.type.toLower();
    // KFP's metrics list anywhere; a flat object of numbers only where the type says metrics.
    if (type.contains(QStringLiteral("metrics")) || ext == QStringLiteral("json")) {
        QList<QStringList> rows;
        if (ArtifactPreview::readMetrics(head, &rows, type.contains(QStringLiteral("metrics"))))
            return Kind::Metrics;
    }
    if (ext == QStringLiteral("csv"))
        return Kind::Csv;
    if (ext == QStringLiteral("tsv") || ext == QStringLiteral("tab"))
        return Kind::Tsv;
    if (ext == QStringLiteral("json") || ext == QStringLiteral("ipynb"))
        return Kind::Json;
    if (ext == QStringLiteral("yaml") || ext == QStringLiteral("yml"))
        return Kind::Yaml;
    const QByteArray start = head.trimmed().left(1);
    if (start == "{" || start == "[") {
        QJsonParseError error;
        QJsonDocument::fromJson(head, &error);
        if (error.error == QJsonParseError::NoError)
            return Kind::Json;
    }
    // A dataset with commas on every one of its first lines reads as CSV.
    if (type.contains(QStringLiteral("dataset"))) {
        const QList<QByteArray> lines = head.left(4096).split('\n');
        int commas = 0;
        int tabs = 0;
        for (const QByteArray &line : lines.mid(0, std::min<qsizetype>(lines.size() - 1, 5))) {
            commas += line.contains(',');
            tabs += line.contains('\t');
        }
        if (tabs >= 1 && tabs >= commas)
            return Kind::Tsv;
        if (commas >= 1)
            return Kind::Csv;
    }
    return Kind::Text;
}

void readTable(ArtifactPreview &p, const QByteArray &content, QChar separator)
{
    const QString text = QString::fromUtf8(content);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    int columns = 0;
    for (QStringView line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (p.rows.size() >= ArtifactPreview::kRowLimit) {
            p.truncated = true;
            break;
        }
        p.rows.append(ArtifactPreview::splitDelimited(line, separator));
        columns = std::max(columns, int(p.rows.last().size()));
    }
    // A first row with no number in it names the columns; otherwise number them.
    bool headerRow = !p.rows.isEmpty();
    if (headerRow) {
        for (const QString &cell : p.rows.first()) {
            bool number = false;
            cell.trimmed().toDouble(&number);
            if (number) {
                headerRow = false;
                break;
            }
        }
    }
    if (headerRow) {
        p.header = p.rows.takeFirst();
    } else {
        for (int c = 0; c < columns; ++c)
            p.header << QString::number(c + 1);
    }
}

} // namespace

QStringList ArtifactPreview::splitDelimited(QStringView line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

bool ArtifactPreview::readMetrics(const QByteArray &json, QList<QStringList> *rows, bool flatObjects)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("metrics")).isArray()) {
        for (const QJsonValue &v : root.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(QStringLiteral("name")).toString();
            if (name.isEmpty() || !m.value(QStringLiteral("numberValue")).isDouble())
                return false;
            const double value = m.value(QStringLiteral("numberValue")).toDouble();
            const QString format = m.value(QStringLiteral("format")).toString(QStringLiteral("RAW"));
            const QString shown = format == QStringLiteral("PERCENTAGE") ? QLocale().toString(value * 100.0, 'f', 2) + QStringLiteral(" %")
                                                                         : QLocale().toString(value, 'g', 8);
            rows->append({name, shown, format});
        }
        return !rows->isEmpty();
    }
    if (root.isEmpty() || !flatObjects)
        return false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isDouble())
            return false;
        rows->append({it.key(), QLocale().toString(it.value().toDouble(), 'g', 8), QStringLiteral("RAW")});
    }
    return true;
}

ArtifactPreview ArtifactPreview::load(const QString &path, const ArtifactInfo &artifact)
{
    ArtifactPreview p;
    p.path = path;
    const QFileInfo info(path);
    if (info.isDir()) {
        p.kind = Kind::Directory;
        const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
        QStringList lines;
        for (const QFileInfo &e : entries.mid(0, kDirectoryListLimit))
            lines << (e.isDir() ? e.fileName() + u'/' : QStringLiteral("%1\t%2").arg(e.fileName(), QLocale().formattedDataSize(e.size())));
        p.truncated = entries.size() > kDirectoryListLimit;
        p.text = lines.join(u'\n');
        return p;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.kind = Kind::Unreadable;
        p.error = Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return p;
    }
    p.size = file.size();
    if (p.size == 0)
        return p;
    const QByteArray format = QImageReader::imageFormat(&file);
    file.seek(0);
    if (!format.isEmpty()) {
        QImageReader reader(&file, format);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > 8000LL * 8000LL)
            reader.setScaledSize(size.scaled(4000, 4000, Qt::KeepAspectRatio));
        p.image = reader.read();
        if (!p.image.isNull()) {
            p.kind = Kind::Image;
            return p;
        }
        file.seek(0);
    }
    const QByteArray content = file.read(kTextLimit);
    p.truncated = content.size() < p.size;
    if (looksBinary(content)) {
        p.kind = Kind::Binary;
        return p;
    }
    p.kind = textKind(path, artifact, content);
    switch (p.kind) {
    case Kind::Metrics:
        p.header = QStringList{Tr::tr("Metric"), Tr::tr("Value"), Tr::tr("Format")};
        readMetrics(content, &p.rows, true);
        break;
    case Kind::Csv:
        readTable(p, content, u',');
        break;
    case Kind::Tsv:
        readTable(p, content, u'\t');
        break;
    default:
        p.text = QString::fromUtf8(content);
        break;
    }
    return p;
}

} // namespace ps
