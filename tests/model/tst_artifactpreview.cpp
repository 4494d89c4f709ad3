#include "artifactpreview.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using Kind = ArtifactPreview::Kind;

Q_DECLARE_METATYPE(ArtifactPreview::Kind)

class ArtifactPreviewTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write test file");
        return path;
    }

private slots:
    void kindFollowsContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("csv by extension") << "a.csv" << QByteArray("x,y\n1,2\n") << "" << Kind::Csv;
        QTest::newRow("tsv by extension") << "a.tsv" << QByteArray("x\ty\n1\t2\n") << "" << Kind::Tsv;
        QTest::newRow("dataset without extension") << "data" << QByteArray("5.1,3.5,0\n4.9,3.0,0\n") << "system.Dataset" << Kind::Csv;
        QTest::newRow("kfp metrics") << "metrics.json"
                                     << QByteArray(R"({"metrics":[{"name":"accuracy","numberValue":0.95,"format":"PERCENTAGE"}]})")
                                     << "system.Metrics" << Kind::Metrics;
        QTest::newRow("flat metrics") << "m" << QByteArray(R"({"rmse": 3.5, "r2": 0.71})") << "system.Metrics" << Kind::Metrics;
        QTest::newRow("json") << "config.json" << QByteArray(R"({"a": [1, 2], "b": "c"})") << "" << Kind::Json;
        QTest::newRow("json without extension") << "out" << QByteArray("[1, 2, 3]") << "" << Kind::Json;
        QTest::newRow("yaml") << "spec.yaml" << QByteArray("a: 1\nb: [x]\n") << "" << Kind::Yaml;
        QTest::newRow("text") << "notes" << QByteArray("hello\nworld\n") << "" << Kind::Text;
        QTest::newRow("binary") << "model.pkl" << QByteArray("\x80\x04\x95\x00\x00\x00sklearn", 13) << "system.Model" << Kind::Binary;
        QTest::newRow("empty") << "nothing" << QByteArray() << "" << Kind::Empty;
    }

    void kindFollowsContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        QFETCH(Kind, kind);
        ArtifactInfo info;
        info.type = type;
        const ArtifactPreview p = ArtifactPreview::load(write(QStringLiteral("kind/") + QString::fromLatin1(QTest::currentDataTag()) + u'/' + name, content), info);
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.size, content.size());
    }

    void csvHeaderIsTakenOnlyWhenItIsNotData()
    {
        ArtifactPreview named = ArtifactPreview::load(write(QStringLiteral("named.csv"), "sepal,\"petal, width\"\r\n5.1,0.2\r\n"));
        QCOMPARE(named.header, (QStringList{QStringLiteral("sepal"), QStringLiteral("petal, width")}));
        QCOMPARE(named.rows.size(), 1);
        QCOMPARE(named.rows.first(), (QStringList{QStringLiteral("5.1"), QStringLiteral("0.2")}));
        ArtifactPreview numbers = ArtifactPreview::load(write(QStringLiteral("numbers.csv"), "5.1,3.5,0\n4.9,3.0,0\n"));
        QCOMPARE(numbers.header, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(numbers.rows.size(), 2);
    }

    void quotesFollowRfc4180()
    {
        QCOMPARE(ArtifactPreview::splitDelimited(u"a,\"b \"\"c\"\"\",,d", u','),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b \"c\""), QString(), QStringLiteral("d")}));
    }

    void metricsReadAsNameValueRows()
    {
        const ArtifactPreview p = ArtifactPreview::load(
            write(QStringLiteral("m/metrics.json"), R"({"metrics":[{"name":"accuracy","numberValue":0.9333,"format":"PERCENTAGE"},{"name":"loss","numberValue":0.25}]})"));
        QCOMPARE(p.kind, Kind::Metrics);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0][0], QStringLiteral("accuracy"));
        QCOMPARE(p.rows[0][1], QStringLiteral("93.33 %"));
        QCOMPARE(p.rows[1][1], QStringLiteral("0.25"));
    }

    void imagesDecode()
    {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString path = m_dir.filePath(QStringLiteral("plot-without-extension"));
        QVERIFY(image.save(path, "PNG"));
        const ArtifactPreview p = ArtifactPreview::load(path);
        QCOMPARE(p.kind, Kind::Image);
        QCOMPARE(p.image.size(), QSize(40, 20));
        QCOMPARE(p.image.pixelColor(5, 5), QColor(Qt::red));
    }

    void bigFilesAreReadOnlyInPart()
    {
        QByteArray line(99, 'x');
        line += '\n';
        const QString path = write(QStringLiteral("big.log"), line.repeated(30000));   // 3 MB
        const ArtifactPreview p = ArtifactPreview::load(path);
        QCOMPARE(p.kind, Kind::Text);
        QVERIFY(p.truncated);
        QCOMPARE(p.text.size(), ArtifactPreview::kTextLimit);
        QCOMPARE(p.size, qint64(3'000'000));

        const ArtifactPreview rows = ArtifactPreview::load(write(QStringLiteral("many.csv"), QByteArray("1,2\n").repeated(20000)));
        QCOMPARE(rows.rows.size(), ArtifactPreview::kRowLimit);
        QVERIFY(rows.truncated);
    }

    void directoriesAreListedAndMissingFilesExplained()
    {
        write(QStringLiteral("folder/a.txt"), "a");
        write(QStringLiteral("folder/sub/b.txt"), "b");
        const ArtifactPreview dir = ArtifactPreview::load(m_dir.filePath(QStringLiteral("folder")));
        QCOMPARE(dir.kind, Kind::Directory);
        QVERIFY(dir.text.contains(QStringLiteral("a.txt")));
        QVERIFY(dir.text.contains(QStringLiteral("sub/")));
        const ArtifactPreview missing = ArtifactPreview::load(m_dir.filePath(QStringLiteral("gone")));
        QCOMPARE(missing.kind, Kind::Unreadable);
        QVERIFY(missing.error.contains(QStringLiteral("gone")));
    }
};

PS_TEST(ArtifactPreviewTest)
#include "tst_artifactpreview.moc"
