// High-density screens: the real application drawn at 200% (device pixel ratio 2) is as
// sharp as at 100%, not a blown-up copy. Edges in a native 2× rendering fall on odd and even
// pixels alike, and stay as steep; an upscaled 1× picture has its edges only between pixel
// pairs (nearest) or softened over two pixels (smooth).
#include "testregistry.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Edges {
    qint64 steep = 0;   // neighbours differing by more than a quarter of the luma range
    qint64 inside = 0;  // of those, between pixels 2i and 2i+1 (inside a 2×2 block)
};

Edges edgesOf(const QImage &image)
{
    Edges e;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x + 1 < grey.width(); ++x) {
            if (std::abs(int(row[x]) - int(row[x + 1])) > 64) {
                ++e.steep;
                e.inside += (x % 2 == 0) ? 1 : 0;
            }
        }
    }
    return e;
}

QImage screenshot(const QString &path, const QByteArray &scale)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(scale));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PS_STUDIO_APP), {QStringLiteral("--screenshot"), path, QStringLiteral("--example"), QStringLiteral("iris-two-models"),
                                              QStringLiteral("--theme"), QStringLiteral("light")});
    if (!app.waitForFinished(90000) || app.exitCode() != 0)
        qWarning("pipeline-studio: %s", app.readAllStandardError().constData());
    return QImage(path);
}

} // namespace

class HighDensityTest : public QObject
{
    Q_OBJECT

private slots:
    void windowIsCrispAtTwiceTheScale()
    {
        QTemporaryDir dir;
        const QImage normal = screenshot(dir.filePath(QStringLiteral("1x.png")), "1");
        const QImage dense = screenshot(dir.filePath(QStringLiteral("2x.png")), "2");
        QVERIFY(!normal.isNull());
        QVERIFY(!dense.isNull());
        QCOMPARE(dense.size(), normal.size() * 2);

        const Edges one = edgesOf(normal);
        const Edges two = edgesOf(dense);
        qInfo("steep edges: 1x %lld, 2x %lld (%lld inside 2x2 blocks)", one.steep, two.steep, two.inside);
        // Twice the rows, each with as many steep edges: about twice the count.
        QVERIFY2(two.steep > one.steep * 3 / 2, "edges at 2x are softer than at 1x: drawn small and scaled up");
        // A nearest-neighbour upscale has none inside blocks; a native drawing about half.
        QVERIFY2(two.inside > two.steep / 4, "edges at 2x fall only between pixel pairs: a 1x picture scaled up");

        // The same test catches an upscaled copy of the 1x picture.
        const QImage upscaled = normal.scaled(normal.size() * 2, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        QVERIFY(edgesOf(upscaled).inside == 0);
    }
};

PS_TEST(HighDensityTest)
#include "tst_highdensity.moc"
