#include "sseparser.h"
#include "testregistry.h"

#include <QTest>

using ps::SseEvent;
using ps::SseParser;

class SseParserTest : public QObject
{
    Q_OBJECT

private slots:
    void events_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QByteArrayList>("expected"); // "type|data|id" each
        QTest::newRow("one event") << QByteArrayList{"data: hello\n\n"} << QByteArrayList{"message|hello|"};
        QTest::newRow("cut anywhere") << QByteArrayList{"da", "ta: hel", "lo\n", "\n"} << QByteArrayList{"message|hello|"};
        QTest::newRow("multi-line data") << QByteArrayList{"data: a\ndata: b\n\n"} << QByteArrayList{"message|a\nb|"};
        QTest::newRow("named with id") << QByteArrayList{"event: update\nid: 7\ndata: {}\n\n"} << QByteArrayList{"update|{}|7"};
        QTest::newRow("id carries over") << QByteArrayList{"id: 1\ndata: a\n\ndata: b\n\n"} << QByteArrayList{"message|a|1", "message|b|1"};
        QTest::newRow("comments and keep-alives") << QByteArrayList{": ping\n\n:\ndata: x\n\n"} << QByteArrayList{"message|x|"};
        QTest::newRow("crlf") << QByteArrayList{"data: x\r\n\r\n"} << QByteArrayList{"message|x|"};
        QTest::newRow("no space after colon") << QByteArrayList{"data:x\n\n"} << QByteArrayList{"message|x|"};
        QTest::newRow("only one space removed") << QByteArrayList{"data:  x\n\n"} << QByteArrayList{"message| x|"};
        QTest::newRow("no data no event") << QByteArrayList{"event: e\n\n"} << QByteArrayList{};
        QTest::newRow("empty data line") << QByteArrayList{"data\n\n"} << QByteArrayList{"message||"};
        QTest::newRow("unknown field") << QByteArrayList{"foo: bar\ndata: y\n\n"} << QByteArrayList{"message|y|"};
        QTest::newRow("unterminated") << QByteArrayList{"data: never ends\n"} << QByteArrayList{};
    }
    void events()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QByteArrayList, expected);
        SseParser parser;
        QByteArrayList got;
        for (const auto &chunk : chunks) {
            for (const SseEvent &event : parser.feed(chunk))
                got.append(event.type + '|' + event.data + '|' + event.id);
        }
        QCOMPARE(got, expected);
    }

    void retryAndReset()
    {
        SseParser parser;
        QVERIFY(parser.feed("retry: 1500\nid: 4\ndata: whole\n\nid: 5\ndata: half").size() == 1);
        QCOMPARE(parser.retryMs(), 1500);
        parser.reset();
        QCOMPARE(parser.lastEventId(), QByteArray("4")); // 5 never ended
        const auto events = parser.feed("data: fresh\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("fresh"));
        parser.feed("retry: soon\n\n");
        QCOMPARE(parser.retryMs(), 1500);
    }

    // A server streaming one endless event (a line, or data lines without the blank line)
    // cannot fill the memory: the event is dropped whole and counted, the next one arrives.
    void anEventPastTheBoundIsDropped_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("piece");
        QTest::newRow("one endless data line") << QByteArray("data: ") << QByteArray(1024 * 1024, 'x');
        QTest::newRow("endless data lines") << QByteArray() << QByteArray("data: ") + QByteArray(1024 * 1024 - 7, 'y') + '\n';
    }
    void anEventPastTheBoundIsDropped()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, piece);
        SseParser parser;
        QVERIFY(parser.feed(prefix).isEmpty());
        const qsizetype pieces = ps::LineSplitter::kDefaultMaxLineBytes / piece.size() + 2;
        for (qsizetype i = 0; i < pieces; ++i)
            QVERIFY(parser.feed(piece).isEmpty());
        const QList<SseEvent> events = parser.feed("\n\ndata: next\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("next"));
        QCOMPARE(parser.droppedEvents(), 1);
    }
};

PS_TEST(SseParserTest)
#include "tst_sseparser.moc"
