#include "argocorpusselection.h"
#include "enginetesting.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>
#include <QTextStream>

using namespace ps;

class ArgoCorpusRunTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pstest::preferSystemPython(); }

    // Argo's own e2e suite expects these examples to succeed; so does the local engine.
    void selectedExamplesSucceed()
    {
        const QStringList files = pstest::filesUnder(pstest::sharedPath(QStringLiteral("corpus/argo-examples")));
        QVERIFY(!files.isEmpty());
        QTextStream out(stdout);
        LocalBackend::Settings settings;
        settings.parallelism = 4;
        pstest::Engine engine(settings);
        QStringList selected, failures;
        QMap<QString, int> notSelected;
        for (const QString &file : files) {
            const pstest::ArgoCorpusChoice choice = pstest::chooseArgoExample(file);
            const QString name = QDir(pstest::sharedPath(QStringLiteral("corpus/argo-examples"))).relativeFilePath(file);
            if (!choice.selected) {
                ++notSelected[choice.reason.section(u' ', 0, 0) == u"image" ? QStringLiteral("image not busybox/alpine/python/debian/ubuntu") : choice.reason];
                continue;
            }
            selected.append(name);
            const LoadedFile loaded = PipelineFileReader::readFile(file);
            if (!loaded.readable) {
                failures.append(QStringLiteral("%1: cannot be read").arg(name));
                continue;
            }
            const QString id = engine.submit(loaded.asPipeline());
            if (id.isEmpty()) {
                failures.append(QStringLiteral("%1: not submitted").arg(name));
                continue;
            }
            if (!engine.waitFinished(id, 90000)) {
                engine.backend->cancel(id);
                engine.waitFinished(id, 10000);
                failures.append(QStringLiteral("%1: still running after 90 s").arg(name));
                continue;
            }
            const RunSnapshot s = *engine.backend->snapshot(id);
            if (s.phase != RunPhase::Succeeded)
                failures.append(QStringLiteral("%1: %2 — %3").arg(name, toString(s.phase), s.message));
        }
        out << "argo-examples: " << files.size() << " files, " << selected.size() << " selected, "
            << selected.size() - failures.size() << " succeeded on the local engine\n";
        out << "  selected: " << selected.join(QStringLiteral(", ")) << '\n';
        for (auto it = notSelected.cbegin(); it != notSelected.cend(); ++it)
            out << "  not selected (" << it.key() << "): " << it.value() << '\n';
        for (const QString &f : std::as_const(failures))
            out << "  did not succeed: " << f << '\n';
        out.flush();
        QVERIFY(selected.size() >= 10);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

PS_TEST(ArgoCorpusRunTest)
#include "tst_argocorpusrun.moc"
