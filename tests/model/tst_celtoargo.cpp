#include "celtoargo.h"
#include "testregistry.h"

#include <QMap>
#include <QTest>

using ps::CelToArgo;

class CelToArgoTest : public QObject
{
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("cel");
        QTest::addColumn<QString>("when"); // "" when the translation must be refused
        QTest::addColumn<QString>("error");
        QTest::newRow("string equality") << "inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads'"
                                         << "'{{tasks.flip-coin.outputs.parameters.Output}}' == 'heads'" << "";
        QTest::newRow("literal first") << "'tails' != inputs.parameter_values['pipelinechannel--flip-coin-Output']"
                                       << "'tails' != '{{tasks.flip-coin.outputs.parameters.Output}}'" << "";
        QTest::newRow("numeric cast") << "int(inputs.parameter_values['pipelinechannel--random-num-Output']) > 5"
                                      << "({{tasks.random-num.outputs.parameters.Output}}) > 5" << "";
        QTest::newRow("negation and grouping") << "!(inputs.parameter_values['pipelinechannel--flip-coin-Output'] == 'heads')"
                                               << "!('{{tasks.flip-coin.outputs.parameters.Output}}' == 'heads')" << "";
        QTest::newRow("logic") << "inputs.parameter_values['pipelinechannel--threshold'] >= 2.5 && inputs.parameter_values['flag'] == true"
                               << "{{workflow.parameters.threshold}} >= 2.5 && {{inputs.parameters.flag}} == true" << "";
        QTest::newRow("double-quoted name") << "inputs.parameter_values[\"pipelinechannel--threshold\"] < 1"
                                            << "{{workflow.parameters.threshold}} < 1" << "";
        QTest::newRow("function call") << "size(inputs.parameter_values['pipelinechannel--threshold']) > 2" << "" << "no certain Argo equivalent";
        QTest::newRow("membership") << "inputs.parameter_values['pipelinechannel--threshold'] in [1, 2]" << "" << "no certain Argo equivalent";
        QTest::newRow("method") << "inputs.parameter_values['flag'].startsWith('a')" << "" << "no certain Argo equivalent";
        QTest::newRow("unknown input") << "inputs.parameter_values['nope'] == 1" << "" << "does not have";
        QTest::newRow("empty") << "   " << "" << "empty";
    }
    void translates()
    {
        QFETCH(QString, cel);
        QFETCH(QString, when);
        QFETCH(QString, error);
        const QMap<QString, QString> inputs{
            {QStringLiteral("pipelinechannel--flip-coin-Output"), QStringLiteral("{{tasks.flip-coin.outputs.parameters.Output}}")},
            {QStringLiteral("pipelinechannel--random-num-Output"), QStringLiteral("{{tasks.random-num.outputs.parameters.Output}}")},
            {QStringLiteral("pipelinechannel--threshold"), QStringLiteral("{{workflow.parameters.threshold}}")},
            {QStringLiteral("flag"), QStringLiteral("{{inputs.parameters.flag}}")}};
        const CelToArgo::Result r = CelToArgo::translate(cel, [&](const QString &name) -> std::optional<QString> {
            return inputs.contains(name) ? std::optional<QString>(inputs.value(name)) : std::nullopt;
        });
        if (when.isEmpty()) {
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QVERIFY(r.when.isEmpty());
        } else {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.when, when);
        }
    }
};

PS_TEST(CelToArgoTest)
#include "tst_celtoargo.moc"
