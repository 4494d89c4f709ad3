#include "artifactcachepath.h"
#include "testregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace ps;

// Artifact names and node ids come from a server; the cache folder must contain whatever
// they say.
class ArtifactCachePathTest : public QObject
{
    Q_OBJECT

    static bool inside(const QString &root, const QString &path)
    {
        const QString clean = QDir::cleanPath(path);
        return clean.startsWith(QDir::cleanPath(root) + u'/');
    }

private slots:
    void staysInsideTheCache_data()
    {
        QTest::addColumn<QString>("nodeId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("uri");

        QTest::newRow("plain") << "train-1234" << "model" << "s3://bucket/runs/train/model.pkl";
        QTest::newRow("node id climbs") << "../../../home/user/.bashrc" << "model" << "s3://b/model";
        QTest::newRow("node id absolute") << "/etc" << "passwd" << "s3://b/x";
        QTest::newRow("name is ..") << "n" << ".." << "s3://b/..";
        QTest::newRow("uri file name is ..") << "n" << "a" << "s3://bucket/a/..";
        QTest::newRow("uri ends in a slash") << "n" << "a" << "s3://bucket/dir/";
        QTest::newRow("everything empty") << "" << "" << "";
        QTest::newRow("backslashes") << "..\\..\\x" << "a\\b" << "gs://b/..\\..\\c";
        QTest::newRow("control characters") << QStringLiteral("a\nb\u0000c") << "n" << "s3://b/c";
        QTest::newRow("a very long name") << QString(5000, u'n') << QString(300, u'é') << QStringLiteral("s3://b/") + QString(1000, u'f');
    }
    void staysInsideTheCache()
    {
        QFETCH(QString, nodeId);
        QFETCH(QString, name);
        QFETCH(QString, uri);
        const ArtifactInfo a{name, nodeId, {}, -1, false, uri};
        const QString root = QStringLiteral("/tmp/cache");
        for (const QString &path : {ArtifactCachePath::preview(root, a), ArtifactCachePath::open(root, a)}) {
            QVERIFY2(inside(root, path), qPrintable(path));
            const QStringList parts = path.mid(root.size() + 1).split(u'/');
            for (const QString &part : parts) {
                QVERIFY2(!part.isEmpty() && part != u"." && part != u"..", qPrintable(path));
                QVERIFY2(part.toUtf8().size() <= 255, qPrintable(path));
            }
            QCOMPARE(parts.size(), path.contains(u"/preview/") ? 4 : 3);
        }
        QVERIFY(!ArtifactCachePath::fileName(a).contains(u'/'));
    }

    void ordinaryNamesAreKeptAsTheyAre()
    {
        const ArtifactInfo a{QStringLiteral("metrics"), QStringLiteral("train-1234"), {}, -1, false,
                             QStringLiteral("s3://bucket/runs/metrics.json")};
        QCOMPARE(ArtifactCachePath::preview(QStringLiteral("/c"), a), QStringLiteral("/c/preview/train-1234/metrics/metrics.json"));
        QCOMPARE(ArtifactCachePath::open(QStringLiteral("/c"), a), QStringLiteral("/c/open/train-1234/metrics.json"));
        QCOMPARE(ArtifactCachePath::fileName(a), QStringLiteral("metrics.json"));
    }

    void namesThatHadToChangeDoNotCollide()
    {
        QVERIFY(ArtifactCachePath::component(QStringLiteral("a/b")) != ArtifactCachePath::component(QStringLiteral("a_b")));
        QVERIFY(ArtifactCachePath::component(QStringLiteral("a/b")) != ArtifactCachePath::component(QStringLiteral("a\\b")));
        QCOMPARE(ArtifactCachePath::component(QStringLiteral("a_b")), QStringLiteral("a_b"));
        QVERIFY(ArtifactCachePath::component(QStringLiteral("..")).startsWith(u"_.."));
    }
};

PS_TEST(ArtifactCachePathTest)
#include "tst_artifactcachepath.moc"
