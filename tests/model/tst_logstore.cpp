#include "ansitext.h"
#include "logmatches.h"
#include "logsearch.h"
#include "logstore.h"
#include "testregistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

QByteArray record(int i, const char *stream, const QByteArray &text)
{
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.000Z"), Qt::ISODateWithMs).addMSecs(i * 10);
    return t.toString(Qt::ISODateWithMs).toLatin1() + '\t' + stream + '\t' + text + '\n';
}

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(bytes), bytes.size());
}

// n record lines: "line i" on stdout, every 10th "ERROR i" on stderr.
QByteArray records(int n, int from = 0)
{
    QByteArray bytes;
    for (int i = from; i < from + n; ++i)
        bytes += i % 10 == 0 ? record(i, "stderr", "ERROR at " + QByteArray::number(i))
                             : record(i, "stdout", "line " + QByteArray::number(i));
    return bytes;
}

bool waitIndexed(LogStore &store, qint64 lines)
{
    return QTest::qWaitFor([&] { return store.lineCount() == lines && !store.isIndexing(); }, 20000);
}

bool waitSearched(LogSearch &search)
{
    return QTest::qWaitFor([&] { return !search.isSearching(); }, 20000);
}

} // namespace

class LogStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void indexesRecordsAndPlainLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.log"));
        writeFile(path, record(0, "stdout", "hello") + record(1, "stderr", "boom") + "plain text\r\nlast without newline");
        LogStore store;
        store.open(path);
        QCOMPARE(store.lineCount(), 3); // the unfinished last line waits for its newline
        QCOMPARE(store.line(0).text, QStringLiteral("hello"));
        QVERIFY(!store.line(0).isStderr);
        QCOMPARE(store.line(0).time, QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.000Z"), Qt::ISODateWithMs));
        QCOMPARE(store.line(1).text, QStringLiteral("boom"));
        QVERIFY(store.line(1).isStderr);
        QCOMPARE(store.line(2).text, QStringLiteral("plain text")); // CRLF: no CR shown
        QVERIFY(!store.line(2).time.isValid());
        QSignalSpy appended(&store, &LogStore::linesAppended);
        store.finish();
        QCOMPARE(store.lineCount(), 4);
        QCOMPARE(store.line(3).text, QStringLiteral("last without newline"));
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.front().at(0).toLongLong(), 3);
    }

    void indexesABigFileOffTheGuiThreadInLittleMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.log"));
        const int n = 200000;
        writeFile(path, records(n));
        QVERIFY(QFileInfo(path).size() > LogStore::kSyncBytes);
        LogStore store;
        store.open(path);
        QVERIFY(store.isIndexing());
        QCOMPARE(store.lineCount(), 0);
        QVERIFY(waitIndexed(store, n));
        QCOMPARE(store.line(123456).text, QStringLiteral("line 123456"));
        QCOMPARE(store.line(n - 1).text, QStringLiteral("line 199999"));
        // About 4 bytes a line for the index, far under 0.15 bytes per byte of log.
        QVERIFY2(store.memoryBytes() < n * 6, qPrintable(QString::number(store.memoryBytes())));
        QVERIFY(double(store.memoryBytes()) / double(QFileInfo(path).size()) < 0.15);
        QCOMPARE(store.lineNearTime(QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.000Z"), Qt::ISODateWithMs).addMSecs(5005)), 500);
    }

    void appendsWhatAGrowingFileGains()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grow.log"));
        LogStore store;
        store.open(path); // not there yet
        QCOMPARE(store.lineCount(), 0);
        writeFile(path, records(5));
        QSignalSpy appended(&store, &LogStore::linesAppended);
        store.refresh();
        QCOMPARE(store.lineCount(), 5);
        writeFile(path, records(3, 5) + "partial", QIODevice::Append);
        store.refresh();
        QCOMPARE(store.lineCount(), 8);
        QCOMPARE(appended.size(), 2);
        QCOMPARE(appended.back().at(0).toLongLong(), 5);
        QCOMPARE(appended.back().at(1).toLongLong(), 3);
        writeFile(path, " line\n", QIODevice::Append);
        store.refresh();
        QCOMPARE(store.line(8).text, QStringLiteral("partial line"));
    }

    void appendsBatchesOfLinesTaggedByTask()
    {
        QTemporaryDir dir;
        LogStore store;
        QCOMPARE(store.create(dir.filePath(QStringLiteral("all.log"))), QString());
        store.setTagNames({QStringLiteral("prepare"), QStringLiteral("train")});
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        store.append({{t0, LogLine::Stream::Stdout, QStringLiteral("a1")}, {t0.addMSecs(1), LogLine::Stream::Stdout, QStringLiteral("a2")}});
        store.append({{t0.addMSecs(2), LogLine::Stream::Stderr, QStringLiteral("b1 multi\nline")}}, {1});
        QCOMPARE(store.lineCount(), 3);
        QCOMPARE(store.line(2).text, QStringLiteral("b1 multi line"));
        QCOMPARE(store.tagName(store.line(2).tag), QStringLiteral("train"));
        QCOMPARE(store.tagName(store.line(1).tag), QStringLiteral("prepare"));
        QVERIFY(store.line(2).isStderr);
    }

    void cacheOfDecodedLinesStaysBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.log"));
        writeFile(path, records(20000));
        LogStore store;
        store.setCacheLimit(16 * 1024);
        store.open(path);
        QVERIFY(waitIndexed(store, 20000));
        for (int i = 0; i < 20000; ++i)
            QCOMPARE(store.line(i).text.isEmpty(), false);
        QVERIFY(store.cacheBytes() > 0);
        QVERIFY(store.cacheBytes() <= 16 * 1024);
        QCOMPARE(store.line(7).text, QStringLiteral("line 7")); // evicted lines come back from disk
    }

    void searchCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<int>("count");
        QTest::newRow("plain, any case") << QStringLiteral("error") << false << false << 5000;
        QTest::newRow("plain, case") << QStringLiteral("error") << false << true << 0;
        QTest::newRow("plain, case, exact") << QStringLiteral("ERROR") << false << true << 5000;
        QTest::newRow("plain dot is a dot") << QStringLiteral("line 4.") << false << false << 0;
        QTest::newRow("regex") << QStringLiteral("line 4.$") << true << false << 9; // 41..49
        QTest::newRow("regex anchored on the text, not the time") << QStringLiteral("^line 1\\d\\d\\d\\d$") << true << false << 9000;
        QTest::newRow("time is not text") << QStringLiteral("2026-01") << false << false << 0;
        QTest::newRow("stream is not text") << QStringLiteral("stdout") << false << false << 0;
    }

    void searchCounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(int, count);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.log"));
        writeFile(path, records(50000));
        LogStore store;
        store.open(path);
        QVERIFY(waitIndexed(store, 50000));
        LogSearch search(&store);
        search.setQuery({text, regex, caseSensitive});
        QVERIFY(search.isSearching());
        QVERIFY(waitSearched(search));
        QCOMPARE(search.count(), count);
    }

    void invalidRegexSearchesNothing()
    {
        LogStore store;
        LogSearch search(&store);
        search.setQuery({QStringLiteral("(unclosed"), true, false});
        QVERIFY(!search.errorString().isEmpty());
        QVERIFY(!search.isActive());
    }

    void nearestMatchComesFirstAndNewLinesAreSearched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.log"));
        writeFile(path, records(100000));
        LogStore store;
        store.open(path);
        QVERIFY(waitIndexed(store, 100000));
        LogSearch search(&store);
        QSignalSpy first(&search, &LogSearch::firstMatchFound);
        // From the end backwards: the last error line is found first.
        search.setQuery({QStringLiteral("ERROR at \\d+"), true, false}, 99999, LogSearch::Direction::Backward);
        QVERIFY(first.wait());
        QCOMPARE(first.front().front().toLongLong(), 99990);
        QVERIFY(waitSearched(search));
        QCOMPARE(search.count(), 10000);
        // Filter view: the k-th match, and next/previous from a line.
        QCOMPARE(search.matches().select(3), 30);
        QCOMPARE(search.matches().next(31), 40);
        QCOMPARE(search.matches().previous(39), 30);
        QCOMPARE(search.matches().rank(41), 5);
        writeFile(path, records(20, 100000), QIODevice::Append);
        store.refresh();
        QVERIFY(QTest::qWaitFor([&] { return search.count() == 10002; }, 5000));
        QVERIFY(search.matches().contains(100010));
    }

    void invalidUtf8IsShownAndSearchable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.log"));
        writeFile(path, record(0, "stdout", "bad \xff\xfe bytes then word") + "plain \xc3\x28 too\n");
        LogStore store;
        store.open(path);
        QCOMPARE(store.lineCount(), 2);
        QVERIFY(store.line(0).text.contains(QChar::ReplacementCharacter));
        QVERIFY(store.line(0).text.endsWith(QStringLiteral("then word")));
        LogSearch search(&store);
        search.setQuery({QStringLiteral("word"), false, false});
        QVERIFY(waitSearched(search));
        QCOMPARE(search.count(), 1);
    }

    void aLineOfSeveralMegabytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.log"));
        const QByteArray longText = "needle " + QByteArray(6 << 20, 'x');
        writeFile(path, record(0, "stdout", "short") + record(1, "stdout", longText) + record(2, "stdout", "after"));
        LogStore store;
        store.open(path);
        QVERIFY(waitIndexed(store, 3));
        QCOMPARE(store.longestLine(), record(1, "stdout", longText).size());
        const LogEntry entry = store.line(1);
        QVERIFY(entry.truncated);
        QCOMPARE(entry.text.size(), LogEntry::kMaxChars);
        QVERIFY(entry.text.startsWith(QStringLiteral("needle xxx")));
        QCOMPARE(store.line(2).text, QStringLiteral("after"));
        LogSearch search(&store);
        search.setQuery({QStringLiteral("needle"), false, true});
        QVERIFY(waitSearched(search));
        QCOMPARE(search.count(), 1);
        QVERIFY(search.matches().contains(1));
    }

    void escapeSequencesAreStyleNotText()
    {
        const AnsiText t = AnsiText::parse(u"plain \x1b[1;31mred bold\x1b[0m \x1b[38;5;82mgreen\x1b[39m \x1b]0;title\x07" u"end");
        QCOMPARE(t.plain, QStringLiteral("plain red bold green end"));
        QCOMPARE(t.spans.size(), 5);
        QCOMPARE(t.spans[1].start, 6);
        QCOMPARE(t.spans[1].length, 8);
        QCOMPARE(t.spans[1].style.foreground, QColor(0xcd3131));
        QVERIFY(t.spans[1].style.bold);
        QCOMPARE(t.spans[3].style.foreground, QColor(95, 255, 0));
        QVERIFY(!t.spans[4].style.foreground.isValid());
        QVERIFY(AnsiText::parse(u"no escapes").spans.isEmpty());
        // A search looks at the text without the codes.
        QRegularExpression re(QStringLiteral("ERROR"));
        QVERIFY(LogSearch::lineMatches("\x1b[31mERR\x1b[0mOR here\n", re, {}));
        QVERIFY(LogSearch::lineMatches(record(0, "stderr", "\x1b[31mERR\x1b[0mOR"), re, "ERROR"));
    }

    void matchSetAnswersRankAndSelect()
    {
        LogMatches m;
        m.resize(5000);
        for (qint64 line : {3, 700, 701, 4999})
            m.set(line);
        m.set(700);
        QCOMPARE(m.count(), 4);
        QCOMPARE(m.select(0), 3);
        QCOMPARE(m.select(2), 701);
        QCOMPARE(m.select(3), 4999);
        QCOMPARE(m.select(4), -1);
        QCOMPARE(m.rank(701), 2);
        QCOMPARE(m.next(702), 4999);
        QCOMPARE(m.next(5000), -1);
        QCOMPARE(m.previous(699), 3);
        QCOMPARE(m.previous(2), -1);
        QVERIFY(m.memoryBytes() < 5000 / 8 + 200);
    }
};

PS_TEST(LogStoreTest)
#include "tst_logstore.moc"
