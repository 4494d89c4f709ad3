#include "../client/fakerunbackend.h"
#include "../model/builders.h"
#include "pipelinedocument.h"
#include "propertiespanel.h"
#include "resourceadvisor.h"
#include "taskpropertiesform.h"
#include "tasksettingsform.h"
#include "testregistry.h"
#include "validatedlineedit.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ps;

namespace {

RunSnapshot runOfChain(const QString &id, double bCores, qint64 bMemory)
{
    RunSnapshot s = pstest::runSnapshot(id, QStringLiteral("chain"), RunPhase::Succeeded, QDateTime::currentDateTimeUtc());
    RunNode b;
    b.id = b.name = QStringLiteral("b");
    b.phase = TaskPhase::Succeeded;
    UsageSummary u;
    u.samples = 10;
    u.peakCpuCores = bCores;
    u.peakMemoryBytes = bMemory;
    b.usage = u;
    s.nodes = {b};
    return s;
}

} // namespace

// The Properties panel beside a task's requests and limits: what its past runs suggest, and
// "Apply Suggestions" as one undo step.
class ResourceSuggestionsTest : public QObject
{
    Q_OBJECT

private slots:
    void suggestionsStandBesideTheValuesAndApplyInOneStep()
    {
        PipelineDocument document;
        Pipeline p = pstest::chainOfThree();
        p.root.task(pstest::idOf(p, QStringLiteral("b")))->settings.resources.cpuRequest = QStringLiteral("4");
        document.reset(p);
        pstest::FakeRunBackend local(QStringLiteral("Local"));
        local.put(runOfChain(QStringLiteral("r1"), 0.5, qint64(400) << 20));
        local.put(runOfChain(QStringLiteral("r2"), 1.0, qint64(500) << 20));
        QTemporaryDir store;
        ResourceAdvisor advisor{UsageStore(store.path())};
        advisor.addBackend(&local);
        PropertiesPanel panel(&document);
        panel.resize(500, 900);
        panel.show();
        panel.setAdvisor(&advisor);
        panel.showSelection(QString(), {pstest::idOf(p, QStringLiteral("b"))});
        TaskSettingsForm *form = panel.taskForm()->settingsForm();
        // p95 of 0.5 and 1.0 cores = 0.975, + 20 % = 1.17; of 400 and 500 MiB = 495, + 20 % = 594.
        QLabel *cpu = form->suggestionLabel(QStringLiteral("cpuRequest"));
        QVERIFY(cpu->isVisible());
        QCOMPARE(cpu->text(), QStringLiteral("suggested: 1170m"));
        QCOMPARE(form->suggestionLabel(QStringLiteral("memoryRequest"))->text(), QStringLiteral("suggested: 594Mi"));
        QCOMPARE(form->suggestionLabel(QStringLiteral("memoryLimit"))->text(), QStringLiteral("suggested: 750Mi"));
        QVERIFY(form->applySuggestionsButton()->isEnabled());
        // A task no run measured gets no hints.
        panel.showSelection(QString(), {pstest::idOf(p, QStringLiteral("a"))});
        QVERIFY(!form->suggestionLabel(QStringLiteral("cpuRequest"))->isVisible());
        QVERIFY(!form->applySuggestionsButton()->isVisible());
        panel.showSelection(QString(), {pstest::idOf(p, QStringLiteral("b"))});

        QTest::mouseClick(form->applySuggestionsButton(), Qt::LeftButton);
        const Resources applied = document.pipeline().root.taskByName(QStringLiteral("b"))->settings.resources;
        QCOMPARE(applied.cpuRequest, QStringLiteral("1170m"));
        QCOMPARE(applied.cpuLimit, QStringLiteral("1500m"));
        QCOMPARE(applied.memoryRequest, QStringLiteral("594Mi"));
        QCOMPARE(applied.memoryLimit, QStringLiteral("750Mi"));
        QCOMPARE(form->field(QStringLiteral("cpuRequest"))->text(), QStringLiteral("1170m"));
        QCOMPARE(form->suggestionLabel(QStringLiteral("cpuRequest"))->text(), QStringLiteral("✓ as suggested"));
        QVERIFY(!form->applySuggestionsButton()->isEnabled());
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Apply resource suggestions")));
        document.undoStack()->undo();
        QCOMPARE(document.pipeline().root.taskByName(QStringLiteral("b"))->settings.resources.cpuRequest, QStringLiteral("4"));
        QCOMPARE(form->field(QStringLiteral("cpuRequest"))->text(), QStringLiteral("4"));
        // A new run changes the advice as it finishes.
        local.put(runOfChain(QStringLiteral("r3"), 3.0, qint64(500) << 20));
        QVERIFY(form->suggestionLabel(QStringLiteral("cpuRequest"))->text() != QStringLiteral("suggested: 1170m"));
    }
};

PS_TEST(ResourceSuggestionsTest)
#include "tst_resourcesuggestions.moc"
