#include "crossrunlogsearch.h"

#include "logentry.h"
#include "logfileindex.h"
#include "regexliterals.h"
#include "trigrambitmap.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <functional>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CrossRunLogSearch)
};

// What the query requires, prepared once: per alternative the trigram bits of all its
// literals and its longest literal (to find candidate lines fast).
struct Plan {
    QRegularExpression expression;
    QRegularExpression joinedExpression;   // the same over many lines at once
    bool filter = false;               // the literals rule lines out
    bool lowered = false;              // literals are lower case: look in lowered bytes
    QList<QList<quint16>> hashes;      // per alternative
    QByteArrayList needles;            // per alternative: its longest literal
};

Plan planOf(const LogQuery &query)
{
    Plan plan;
    plan.expression = query.expression();
    plan.joinedExpression = plan.expression;
    plan.joinedExpression.setPatternOptions(plan.expression.patternOptions() | QRegularExpression::MultilineOption);
    plan.joinedExpression.optimize();
    RegexLiterals::Alternatives alternatives;
    if (query.regex)
        alternatives = RegexLiterals::required(query.text, !query.caseSensitive);
    else
        alternatives = {{query.caseSensitive ? query.text.toUtf8() : query.text.toUtf8().toLower()}};
    plan.lowered = !query.caseSensitive;
    // Plain text, case-insensitive, with non-ASCII letters: their cases differ in bytes.
    if (!query.regex && !query.caseSensitive && query.text.toUtf8().toLower() != query.text.toLower().toUtf8())
        alternatives.clear();
    plan.filter = RegexLiterals::canFilter(alternatives, 1);
    if (!plan.filter)
        return plan;
    for (const QByteArrayList &literals : alternatives) {
        QList<quint16> hashes;
        QByteArray longest;
        for (const QByteArray &l : literals) {
            hashes += TrigramBitmap::hashesOf(l);
            if (l.size() > longest.size())
                longest = l;
        }
        plan.hashes.append(hashes);
        plan.needles.append(longest);
    }
    return plan;
}

bool mayMatch(const Plan &plan, const TrigramBitmap &trigrams)
{
    if (!plan.filter)
        return true;
    for (const QList<quint16> &hashes : plan.hashes)
        if (trigrams.containsAll(hashes))
            return true;
    return false;
}

QByteArray lowered(const QByteArray &bytes)
{
    QByteArray out(bytes.size(), Qt::Uninitialized);
    const char *in = bytes.constData();
    char *o = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = in[i];
        o[i] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    }
    return out;
}

// Starts of the lines of `bytes` that contain one of the needles, in order.
std::vector<qsizetype> candidateLines(const Plan &plan, const QByteArray &bytes)
{
    std::vector<qsizetype> starts;
    const QByteArray haystack = plan.lowered ? lowered(bytes) : QByteArray();
    const QByteArray &h = plan.lowered ? haystack : bytes;
    const char *data = h.constData();
    const auto size = size_t(h.size());
    for (const QByteArray &needle : plan.needles) {
        if (needle.isEmpty())
            continue;
        size_t at = 0;
        while (at < size) {
            const void *found = memmem(data + at, size - at, needle.constData(), size_t(needle.size()));
            if (!found)
                break;
            const size_t pos = size_t(static_cast<const char *>(found) - data);
            const void *lineStart = pos > 0 ? memrchr(data, '\n', pos) : nullptr;
            starts.push_back(lineStart ? static_cast<const char *>(lineStart) - data + 1 : 0);
            const void *lineEnd = memchr(data + pos, '\n', size - pos);
            at = lineEnd ? size_t(static_cast<const char *>(lineEnd) - data) + 1 : size;
        }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

class SourceSearch
{
public:
    SourceSearch(const Plan &plan, const LogSource &source, CrossRunLogSearch::Result &result, int maxHits)
        : m_plan(plan), m_source(source), m_result(result), m_maxHits(maxHits)
    {
    }

    bool full() const { return m_result.hits.size() >= m_maxHits; }

    // Looks at `bytes`, whole lines of the log, the first being line `firstLine`.
    void scan(const QByteArray &bytes, qint64 firstLine)
    {
        m_result.bytesRead += bytes.size();
        m_data = bytes.constData();
        m_size = bytes.size();
        m_line = firstLine;
        m_counted = 0;
        const std::vector<qsizetype> starts = m_plan.filter ? candidateLines(m_plan, bytes) : allLines(bytes);
        if (starts.size() <= kLineByLine) {
            for (qsizetype start : starts)
                if (!check(start))
                    return;
            return;
        }
        scanJoined(starts);
    }

private:
    // Few candidates are checked one by one; many through one search over their texts.
    static constexpr size_t kLineByLine = 32;

    static std::vector<qsizetype> allLines(const QByteArray &bytes)
    {
        std::vector<qsizetype> starts;
        const char *data = bytes.constData();
        for (qsizetype start = 0; start < bytes.size();) {
            starts.push_back(start);
            const void *nl = memchr(data + start, '\n', size_t(bytes.size() - start));
            start = nl ? static_cast<const char *>(nl) - data + 1 : bytes.size();
        }
        return starts;
    }

    QByteArrayView rawLine(qsizetype start) const
    {
        const void *nl = memchr(m_data + start, '\n', size_t(m_size - start));
        const qsizetype end = nl ? static_cast<const char *>(nl) - m_data : m_size;
        return QByteArrayView(m_data + start, end - start);
    }

    static QByteArrayView textOf(QByteArrayView raw) { return LogEntry::trimEnd(raw.sliced(LogEntry::textOffset(raw))); }

    // Checks the line at `start`; false once no more hits are wanted.
    bool check(qsizetype start)
    {
        m_line += std::count(m_data + m_counted, m_data + start, '\n');
        m_counted = start;
        const QByteArrayView raw = rawLine(start);
        const QString text = QString::fromUtf8(textOf(raw));
        if (!m_plan.expression.match(text).hasMatch())
            return true;
        if (full()) {
            m_result.truncated = true;
            return false;
        }
        m_result.hits.append(LogHit{m_source.run, m_source.task, m_source.path, m_line, LogEntry::timeOf(raw), text});
        return true;
    }

    // The texts of the candidate lines joined by newlines, searched at once (multi-line, so
    // ^ and $ are a line's); a line where a match starts is checked on its own.
    void scanJoined(const std::vector<qsizetype> &starts)
    {
        QByteArray joined;
        joined.reserve(m_size);
        for (qsizetype start : starts) {
            joined += textOf(rawLine(start));
            joined += '\n';
        }
        const QString text = QString::fromUtf8(joined);
        std::vector<qsizetype> segments; // where each candidate's text starts in `text`
        segments.reserve(starts.size() + 1);
        for (qsizetype at = 0; at < text.size();) {
            segments.push_back(at);
            const qsizetype nl = text.indexOf(u'\n', at);
            at = nl < 0 ? text.size() : nl + 1;
        }
        qsizetype offset = 0;
        while (offset < text.size()) {
            const QRegularExpressionMatch match = m_plan.joinedExpression.match(text, offset);
            if (!match.hasMatch())
                return;
            const auto segment = size_t(std::upper_bound(segments.begin(), segments.end(), match.capturedStart()) - segments.begin()) - 1;
            if (segment >= starts.size() || !check(starts[segment]))
                return;
            if (segment + 1 >= segments.size())
                return;
            offset = segments[segment + 1];
        }
    }

private:
    const Plan &m_plan;
    const LogSource &m_source;
    CrossRunLogSearch::Result &m_result;
    int m_maxHits;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qint64 m_line = 0;          // the line number at m_counted
    qsizetype m_counted = 0;
};

// Reads [offset, offset + size) of `file` in pieces of whole lines of about kPieceBytes
// (a longer line: as much of it as fits in kMaxPieceBytes), giving each with its first line.
constexpr qint64 kPieceBytes = 4 << 20;
constexpr qint64 kMaxPieceBytes = 64 << 20;

bool readRange(QFile &file, qint64 offset, qint64 size, qint64 firstLine, const std::atomic_bool *cancel,
               const std::function<bool(const QByteArray &, qint64)> &use)
{
    if (!file.seek(offset))
        return false;
    QByteArray carried;
    qint64 left = size;
    while (left > 0 && !(cancel && *cancel)) {
        QByteArray piece = carried + file.read(std::min(kPieceBytes, left));
        const qint64 got = piece.size() - carried.size();
        if (got <= 0)
            return false;
        left -= got;
        const void *last = left > 0 ? memrchr(piece.constData(), '\n', size_t(piece.size())) : nullptr;
        qsizetype cut = left == 0 ? piece.size() : last ? static_cast<const char *>(last) - piece.constData() + 1 : 0;
        if (cut == 0 && piece.size() >= kMaxPieceBytes)
            cut = piece.size();
        carried = piece.mid(cut);
        piece.truncate(cut);
        if (piece.isEmpty())
            continue;
        if (!use(piece, firstLine))
            return true;
        firstLine += std::count(piece.cbegin(), piece.cend(), '\n');
    }
    return true;
}

} // namespace

QStringList CrossRunLogSearch::index(const QList<LogSource> &sources, const QString &indexDir, const std::atomic_bool *cancel)
{
    QStringList errors;
    for (const LogSource &s : sources) {
        if (cancel && *cancel)
            break;
        if (!QFile::exists(s.path))
            continue;
        LogFileIndex index = LogFileIndex::load(indexDir, s.path);
        const qint64 before = index.coveredBytes();
        if (const QString error = index.update(cancel); !error.isEmpty()) {
            errors.append(error);
            continue;
        }
        if (index.coveredBytes() != before || before == 0)
            if (const QString error = index.save(indexDir); !error.isEmpty())
                errors.append(error);
    }
    return errors;
}

CrossRunLogSearch::Result CrossRunLogSearch::search(const QList<LogSource> &sources, const LogQuery &query, const QString &indexDir,
                                                    int maxHits, const std::atomic_bool *cancel)
{
    Result result;
    if (query.isEmpty() || !query.expression().isValid())
        return result;
    const Plan plan = planOf(query);
    for (const LogSource &source : sources) {
        if ((cancel && *cancel) || result.truncated)
            break;
        QFile file(source.path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            result.errors.append(Tr::tr("cannot read the log %1: %2").arg(source.path, file.errorString()));
            continue;
        }
        SourceSearch search(plan, source, result, maxHits);
        const LogFileIndex index = indexDir.isEmpty() ? LogFileIndex(source.path) : LogFileIndex::load(indexDir, source.path);
        // An index of an older, rewritten log is no guide: read it all.
        const bool usable = index.coveredBytes() <= file.size();
        const auto scan = [&search, &result](const QByteArray &bytes, qint64 firstLine) {
            search.scan(bytes, firstLine);
            return !result.truncated;
        };
        bool ok = true;
        if (usable) {
            for (const LogFileIndex::Chunk &chunk : index.chunks()) {
                if (result.truncated || (cancel && *cancel))
                    break;
                if (mayMatch(plan, chunk.trigrams))
                    ok = ok && readRange(file, chunk.offset, chunk.size, chunk.firstLine, cancel, scan);
            }
        }
        const qint64 tail = usable ? index.coveredBytes() : 0;
        if (ok && !result.truncated && file.size() > tail)
            ok = readRange(file, tail, file.size() - tail, usable ? index.coveredLines() : 0, cancel, scan);
        if (!ok)
            result.errors.append(Tr::tr("cannot read the log %1: %2").arg(source.path, file.errorString()));
    }
    return result;
}

} // namespace ps
