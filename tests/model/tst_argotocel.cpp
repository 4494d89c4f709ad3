#include "argotocel.h"
#include "builders.h"
#include "testregistry.h"

#include <QTest>

using namespace ps;
using namespace pstest;

class ArgoToCelTest : public QObject
{
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("cel"); // "" when refused
        QTest::addColumn<int>("channels");
        QTest::newRow("coin flip, bare word") << "{{tasks.a.outputs.result}} == heads"
                                              << "inputs.parameter_values['pipelinechannel--a-result'] == 'heads'" << 1;
        QTest::newRow("quoted string") << "{{tasks.a.outputs.parameters.out}} != 'tails'"
                                       << "inputs.parameter_values['pipelinechannel--a-out'] != 'tails'" << 1;
        QTest::newRow("text compared as a number") << "{{tasks.a.outputs.parameters.out}} > 5"
                                                   << "double(inputs.parameter_values['pipelinechannel--a-out']) > 5" << 1;
        QTest::newRow("typed number") << "{{workflow.parameters.count}} >= 2 && !({{inputs.parameters.msg}} == 'x')"
                                      << "inputs.parameter_values['pipelinechannel--count'] >= 2 && !(inputs.parameter_values['pipelinechannel--msg'] == 'x')"
                                      << 2;
        QTest::newRow("same reference twice, one channel") << "{{tasks.a.outputs.parameters.out}} == a || {{tasks.a.outputs.parameters.out}} == b"
                                                           << "inputs.parameter_values['pipelinechannel--a-out'] == 'a' || inputs.parameter_values['pipelinechannel--a-out'] == 'b'"
                                                           << 1;
        QTest::newRow("regex") << "{{tasks.a.outputs.result}} =~ '^h'" << "" << 0;
        QTest::newRow("expr tag") << "{{=asInt(tasks.a.outputs.result) > 1}}" << "" << 0;
        QTest::newRow("unknown task") << "{{tasks.ghost.outputs.result}} == x" << "" << 0;
    }
    void translates()
    {
        QFETCH(QString, when);
        QFETCH(QString, cel);
        QFETCH(int, channels);
        Pipeline p = chainOfThree();
        p.parameters.append(port(QStringLiteral("count"), integer()));
        const ArgoToCel::Result r = ArgoToCel::translate(when, p.root, [&](const Binding &b) {
            if (b.kind == Binding::Kind::Parameter && p.parameter(b.parameter))
                return p.parameter(b.parameter)->type;
            return str();
        });
        if (cel.isEmpty()) {
            QVERIFY2(!r.error.isEmpty(), qPrintable(r.condition));
            return;
        }
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.condition, cel);
        QCOMPARE(r.channels.size(), channels);
    }
};

PS_TEST(ArgoToCelTest)
#include "tst_argotocel.moc"
