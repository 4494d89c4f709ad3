#include "crossrunlogsearch.h"
#include "logfileindex.h"
#include "regexliterals.h"
#include "testregistry.h"
#include "trigrambitmap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;

namespace {

QByteArray record(int second, const QByteArray &text, const char *stream = "stdout")
{
    return QStringLiteral("2026-01-02T03:04:%1.000Z").arg(second % 60, 2, 10, QLatin1Char('0')).toUtf8() + '\t' + stream + '\t' + text + '\n';
}

void write(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A log of `lines` lines with `needle` on the given lines.
QByteArray logWith(int lines, const QList<int> &needleLines, const QByteArray &needle)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        const QByteArray step = "step " + QByteArray::number(i);
        out += record(i, needleLines.contains(i) ? QByteArray(step + ' ' + needle) : QByteArray(step + " loss=0.31 epoch"));
    }
    return out;
}

} // namespace

// Search across the recorded logs of many runs: what a query must contain, the trigram index
// of a log, and hits with run, task, line and time, with and without indexes.
class CrossRunSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void literalsARegexRequires_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("expected"); // alternatives by |, literals by ,
        QTest::newRow("plain") << "needle-42" << false << "needle-42";
        QTest::newRow("classes cut") << "needle-\\d+ reached" << false << "needle-, reached";
        QTest::newRow("optional char") << "colou?r" << false << "colo,r";
        QTest::newRow("plus keeps one") << "ab+c" << false << "ab,c";
        QTest::newRow("star drops") << "ab*c" << false << "a,c";
        QTest::newRow("counted") << "x{2}yz" << false << "x,yz";
        QTest::newRow("counted from zero") << "wx{0,3}yz" << false << "w,yz";
        QTest::newRow("alternatives") << "out of memory|OOMKilled" << false << "out of memory|OOMKilled";
        QTest::newRow("group skipped") << "error (a|b)+ code" << false << "error , code";
        QTest::newRow("escaped dot") << "file\\.txt" << false << "file.txt";
        QTest::newRow("quoted") << "\\Qa.b*c\\E!" << false << "a.b*c!";
        QTest::newRow("case lowered") << "Traceback" << true << "traceback";
        QTest::newRow("non-ascii left out without case") << "Größe" << true << "";
        QTest::newRow("inline option") << "(?i)error" << false << "";
        QTest::newRow("unbalanced") << "error (" << false << "";
        QTest::newRow("class with bracket") << "[]a]bcd" << false << "bcd";
    }
    void literalsARegexRequires()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseInsensitive);
        QFETCH(QString, expected);
        QStringList got;
        for (const QByteArrayList &alternative : RegexLiterals::required(pattern, caseInsensitive)) {
            QStringList literals;
            for (const QByteArray &l : alternative)
                literals << QString::fromUtf8(l);
            got << literals.join(u',');
        }
        QCOMPARE(got.join(u'|'), expected);
    }

    void requiredLiteralsAreInEveryMatch()
    {
        const QStringList patterns{QStringLiteral("needle-\\d+ reached"), QStringLiteral("ab+c"), QStringLiteral("colou?r"),
                                   QStringLiteral("x{2}yz"), QStringLiteral("error (a|b)+ code")};
        const QStringList subjects{QStringLiteral("a needle-77 reached"), QStringLiteral("abbbc"), QStringLiteral("color"),
                                   QStringLiteral("xxyz"), QStringLiteral("error abab code")};
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            QVERIFY(QRegularExpression(patterns[i]).match(subjects[i]).hasMatch());
            const RegexLiterals::Alternatives required = RegexLiterals::required(patterns[i], false);
            for (const QByteArray &l : required.first())
                QVERIFY2(subjects[i].toUtf8().contains(l), qPrintable(patterns[i] + u' ' + QString::fromUtf8(l)));
        }
        QVERIFY(!RegexLiterals::canFilter(RegexLiterals::required(QStringLiteral("a|bcd"), false)));
        QVERIFY(RegexLiterals::canFilter(RegexLiterals::required(QStringLiteral("abc|bcd"), false)));
    }

    void trigramsRuleOutWhatIsAbsent()
    {
        TrigramBitmap b;
        b.add("The Quick brown fox", 19);
        QVERIFY(b.containsAll(TrigramBitmap::hashesOf("quick")));
        QVERIFY(b.containsAll(TrigramBitmap::hashesOf("QUICK")));
        QVERIFY(!b.containsAll(TrigramBitmap::hashesOf("slow")));
        QVERIFY(b.containsAll(TrigramBitmap::hashesOf("ab"))); // too short to rule out
    }

    void fileIndexCoversWholeLinesAndFollowsGrowth()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("task.log"));
        const QByteArray first = logWith(20000, {5, 15000}, "needle");
        write(log, first + "2026-01-02T03:04:05.000Z\tstdout\tpartial line without end");
        LogFileIndex index(log);
        QCOMPARE(index.update(), QString());
        QCOMPARE(index.coveredBytes(), first.size());
        QCOMPARE(index.coveredLines(), 20000);
        QVERIFY(index.chunks().size() > 1);
        for (size_t i = 1; i < index.chunks().size(); ++i) {
            const LogFileIndex::Chunk &c = index.chunks()[i];
            QCOMPARE(first.at(c.offset - 1), '\n');   // chunks start at line starts
            QCOMPARE(c.firstLine, first.left(c.offset).count('\n'));
        }
        const QString indexDir = dir.filePath(QStringLiteral("index"));
        QCOMPARE(index.save(indexDir), QString());
        const LogFileIndex loaded = LogFileIndex::load(indexDir, log);
        QCOMPARE(loaded.coveredBytes(), index.coveredBytes());
        QCOMPARE(loaded.chunks().size(), index.chunks().size());
        QVERIFY(loaded.chunks().back().trigrams.words() == index.chunks().back().trigrams.words());
        // The log grows: the index extends from where it ended.
        write(log, "\n" + record(1, "more"), QIODevice::Append);
        LogFileIndex grown = loaded;
        QCOMPARE(grown.update(), QString());
        QCOMPARE(grown.coveredLines(), 20002);
        // Rewritten from the start (a recording made again): indexed anew.
        write(log, record(1, "fresh start"));
        QCOMPARE(grown.update(), QString());
        QCOMPARE(grown.coveredLines(), 1);
        // A damaged index file is no index.
        write(LogFileIndex::indexPathFor(indexDir, log), "garbage that is not an index");
        QCOMPARE(LogFileIndex::load(indexDir, log).coveredBytes(), 0);
    }

    void searchFindsLinesAcrossRuns()
    {
        QTemporaryDir dir;
        QList<LogSource> sources;
        for (int run = 0; run < 4; ++run)
            for (const char *task : {"prepare", "train"}) {
                const QString path = dir.filePath(QStringLiteral("r%1-%2.log").arg(run).arg(QLatin1String(task)));
                const bool needle = run == 2 && QByteArray(task) == "train";
                write(path, logWith(8000, needle ? QList<int>{10, 7000} : QList<int>{}, "CUDA out of memory: tried 2 GiB"));
                sources.append({QStringLiteral("r%1").arg(run), QLatin1String(task), path});
            }
        sources.append({QStringLiteral("gone"), QStringLiteral("x"), dir.filePath(QStringLiteral("missing.log"))});
        const QString indexDir = dir.filePath(QStringLiteral("index"));
        const LogQuery query{QStringLiteral("out of memory: tried \\d+ GiB"), true, false};

        // Without indexes: everything is read.
        const CrossRunLogSearch::Result plain = CrossRunLogSearch::search(sources, query, QString(), 100);
        QCOMPARE(plain.hits.size(), 2);
        QVERIFY(plain.errors.isEmpty());
        QCOMPARE(plain.hits[0].run, QStringLiteral("r2"));
        QCOMPARE(plain.hits[0].task, QStringLiteral("train"));
        QCOMPARE(plain.hits[0].line, 10);
        QCOMPARE(plain.hits[1].line, 7000);
        QCOMPARE(plain.hits[1].time, QDateTime::fromString(QStringLiteral("2026-01-02T03:04:40.000Z"), Qt::ISODateWithMs));
        QCOMPARE(plain.hits[1].text, QStringLiteral("step 7000 CUDA out of memory: tried 2 GiB"));

        // Indexed: the same hits from a fraction of the bytes.
        QVERIFY(CrossRunLogSearch::index(sources, indexDir).isEmpty());
        const CrossRunLogSearch::Result indexed = CrossRunLogSearch::search(sources, query, indexDir, 100);
        QCOMPARE(indexed.hits, plain.hits);
        QVERIFY2(indexed.bytesRead * 4 < plain.bytesRead, qPrintable(QStringLiteral("%1 of %2").arg(indexed.bytesRead).arg(plain.bytesRead)));

        // Case: insensitive by default, sensitive on request; plain text is literal.
        QCOMPARE(CrossRunLogSearch::search(sources, {QStringLiteral("cuda OUT"), false, false}, indexDir, 100).hits.size(), 2);
        QCOMPARE(CrossRunLogSearch::search(sources, {QStringLiteral("cuda OUT"), false, true}, indexDir, 100).hits.size(), 0);
        QCOMPARE(CrossRunLogSearch::search(sources, {QStringLiteral("tried \\d"), false, false}, indexDir, 100).hits.size(), 0);
        // A query that rules nothing out still finds, and stops at the limit.
        const CrossRunLogSearch::Result many = CrossRunLogSearch::search(sources, {QStringLiteral("^st.p"), true, false}, indexDir, 50);
        QCOMPARE(many.hits.size(), 50);
        QVERIFY(many.truncated);
        // Lines added after indexing are found too.
        write(sources[0].path, record(3, "late CUDA out of memory: tried 8 GiB"), QIODevice::Append);
        const CrossRunLogSearch::Result late = CrossRunLogSearch::search(sources, query, indexDir, 100);
        QCOMPARE(late.hits.size(), 3);
        QCOMPARE(late.hits[0].run, QStringLiteral("r0"));
        QCOMPARE(late.hits[0].line, 8000);
        // An invalid expression finds nothing and says nothing went wrong with the logs.
        QVERIFY(CrossRunLogSearch::search(sources, {QStringLiteral("(unclosed"), true, false}, indexDir, 100).hits.isEmpty());
    }
};

PS_TEST(CrossRunSearchTest)
#include "tst_crossrunsearch.moc"
