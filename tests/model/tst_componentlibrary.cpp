#include "componentlibrary.h"
#include "nativewriter.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using namespace pstest;

class ComponentLibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void loadsBundledFoldersGroupedByCategory()
    {
        ComponentLibrary library;
        library.addFolder(sourcePath(QStringLiteral("resources/components")));
        QCOMPARE(library.entries().size(), 12);
        QCOMPARE(library.categories(), QStringList({QStringLiteral("Generic"), QStringLiteral("Iris"), QStringLiteral("Regression")}));
        const auto *script = library.find(QStringLiteral("python-script"));
        QVERIFY(script);
        QCOMPARE(script->component.implementation.kind, Implementation::Kind::Script);
        QVERIFY(library.diagnostics().isEmpty());
    }

    void userFolderOverridesAndForeignFormatsJoin()
    {
        QTemporaryDir dir;
        ComponentSpec mine;
        mine.key = QStringLiteral("python-script");
        mine.name = QStringLiteral("My Python");
        mine.category = QStringLiteral("Mine");
        mine.implementation.kind = Implementation::Kind::Script;
        mine.implementation.image = QStringLiteral("python:3.12");
        mine.implementation.source = QStringLiteral("print(1)\n");
        QFile own(dir.filePath(QStringLiteral("mine.yaml")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(NativeWriter::writeComponent(mine));
        own.close();
        QFile::copy(sharedPath(QStringLiteral("corpus/kfp-components-v1-extra/v1/add_component.yaml")), dir.filePath(QStringLiteral("add.yaml")));
        QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("name: [unclosed\n");
        broken.close();

        ComponentLibrary library;
        library.addFolder(sourcePath(QStringLiteral("resources/components")));
        library.addFolder(dir.path());
        QCOMPARE(library.entries().size(), 13); // 12 bundled, one replaced, one added
        QCOMPARE(library.find(QStringLiteral("python-script"))->component.name, QStringLiteral("My Python"));
        QCOMPARE(library.find(QStringLiteral("add"))->component.category, QStringLiteral("Imported"));
        QCOMPARE(library.diagnostics().size(), 1); // the broken file, reported, not fatal
        QVERIFY(library.diagnostics().front().location.file.endsWith(QStringLiteral("broken.yaml")));
    }
};

PS_TEST(ComponentLibraryTest)
#include "tst_componentlibrary.moc"
