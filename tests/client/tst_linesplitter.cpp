#include "linesplitter.h"
#include "testregistry.h"

#include <QTest>

using ps::LineSplitter;

class LineSplitterTest : public QObject
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("one chunk") << QByteArrayList{"a\nb\n"} << QByteArrayList{"a", "b"} << QByteArray();
        QTest::newRow("cut mid-line") << QByteArrayList{"alpha\nbe", "ta\ngam"} << QByteArrayList{"alpha", "beta"}
                                      << QByteArray("gam");
        QTest::newRow("cut in crlf") << QByteArrayList{"data: x\r", "\ndata: y\r\n"} << QByteArrayList{"data: x", "data: y"}
                                     << QByteArray();
        QTest::newRow("line over three chunks") << QByteArrayList{"lo", "n", "g\n"} << QByteArrayList{"long"} << QByteArray();
        QTest::newRow("empty lines kept") << QByteArrayList{"\n\nx\n"} << QByteArrayList{"", "", "x"} << QByteArray();
        QTest::newRow("no end") << QByteArrayList{"no", " end"} << QByteArrayList{} << QByteArray("no end");
        QTest::newRow("empty chunks") << QByteArrayList{"", "a", "", "\n"} << QByteArrayList{"a"} << QByteArray();
    }
    void splits()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArrayList, lines);
        QFETCH(QByteArray, rest);
        LineSplitter splitter;
        QByteArrayList out;
        for (const auto &chunk : chunks)
            out += splitter.feed(chunk);
        QCOMPARE(out, lines);
        QCOMPARE(splitter.takeRest(), rest);
        QCOMPARE(splitter.pendingBytes(), 0);
    }

    // A server that never ends its line cannot fill the memory: the line is cut at the bound
    // (and said to be), the next one comes out whole.
    void aLineIsBounded()
    {
        LineSplitter splitter(8);
        QList<qsizetype> cut;
        QByteArrayList out = splitter.feed("0123", &cut);
        for (int i = 0; i < 1000; ++i) {
            out += splitter.feed(QByteArray(1024, 'x'), &cut);
            QVERIFY(splitter.pendingBytes() <= 8);
        }
        out += splitter.feed("tail\nok\n", &cut);
        QCOMPARE(out, (QByteArrayList{"0123xxxx", "ok"}));
        QCOMPARE(cut, (QList<qsizetype>{0}));
    }
    void aLongLineInOneChunkIsCut()
    {
        LineSplitter splitter(4);
        QList<qsizetype> cut;
        QCOMPARE(splitter.feed("ab\nabcdefgh\nxy\n", &cut), (QByteArrayList{"ab", "abcd", "xy"}));
        QCOMPARE(cut, (QList<qsizetype>{1}));
        QCOMPARE(LineSplitter().maxLineBytes(), LineSplitter::kDefaultMaxLineBytes);
    }
};

PS_TEST(LineSplitterTest)
#include "tst_linesplitter.moc"
