#include "builders.h"
#include "connectionrules.h"
#include "testregistry.h"
#include "validator.h"

#include <QTest>

using namespace ps;
using namespace pstest;

Q_DECLARE_METATYPE(ps::Pipeline)

namespace {

using Mutation = std::function<void(Pipeline &)>;

QString errorsOf(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            lines.append(d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class ValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void validPipelineHasNoErrors()
    {
        const Diagnostics d = Validator::validate(chainOfThree());
        QVERIFY2(!hasErrors(d), qPrintable(errorsOf(d)));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("expected"); // part of the error message, "" when valid
        QTest::addColumn<QString>("task");     // the task the error names

        QTest::newRow("cycle") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->inputs.insert(
                QStringLiteral("in"), Binding::taskOutput(idOf(p, QStringLiteral("c")), QStringLiteral("out")));
        }) << "cycle: " << "a";
        QTest::newRow("type mismatch") << Mutation([](Pipeline &p) {
            p.components[QStringLiteral("step")].outputs[0].type = integer();
            p.components[QStringLiteral("step")].inputs[0].type = TypeSpec::artifact(QStringLiteral("system.Model"));
        }) << "type mismatch" << "b";
        QTest::newRow("missing required input") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->inputs.clear();
        }) << "input 'in' needs a value" << "a";
        QTest::newRow("input with default may stay unbound") << Mutation([](Pipeline &p) {
            p.components[QStringLiteral("step")].inputs[0].defaultValue = QStringLiteral("hi");
            p.root.task(idOf(p, QStringLiteral("a")))->inputs.clear();
        }) << "" << "";
        QTest::newRow("duplicate task names") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("c")))->name = QStringLiteral("a");
        }) << "used by 2 tasks" << "a";
        QTest::newRow("task name Argo refuses") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("b")))->name = QStringLiteral("train_model");
        }) << "invalid task name" << "train_model";
        QTest::newRow("pipeline name not DNS-1123") << Mutation([](Pipeline &p) { p.name = QStringLiteral("My Pipeline"); })
                                                     << "pipeline name" << "";
        QTest::newRow("duplicate parameter") << Mutation([](Pipeline &p) {
            p.parameters.append(port(QStringLiteral("msg"), str()));
        }) << "defined twice" << "";
        QTest::newRow("unknown parameter") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->inputs[QStringLiteral("in")] = Binding::pipelineParameter(QStringLiteral("nope"));
        }) << "unknown parameter 'nope'" << "a";
        QTest::newRow("unknown component") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("c")))->component = QStringLiteral("missing");
        }) << "unknown component 'missing'" << "c";
        QTest::newRow("unknown producer output") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("b")))->inputs[QStringLiteral("in")].output = QStringLiteral("nothing");
        }) << "no such output" << "b";
        QTest::newRow("unknown producer task") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("b")))->inputs[QStringLiteral("in")].task = TaskId{999};
        }) << "does not exist" << "b";
        QTest::newRow("loop item without loop") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->inputs[QStringLiteral("in")] = Binding::loopItem();
        }) << "has no loop" << "a";
        QTest::newRow("loop item inside loop") << Mutation([](Pipeline &p) {
            Task *a = p.root.task(idOf(p, QStringLiteral("a")));
            a->inputs[QStringLiteral("in")] = Binding::loopItem();
            a->settings.loop.kind = Loop::Kind::Items;
            a->settings.loop.items = {1, 2, 3};
        }) << "" << "";
        QTest::newRow("command names unknown input") << Mutation([](Pipeline &p) {
            p.components[QStringLiteral("step")].implementation.args.push_back(
                CommandArg::placeholder(CommandArg::Kind::InputPath, QStringLiteral("ghost")));
        }) << "unknown input 'ghost'" << "";
        QTest::newRow("no image") << Mutation([](Pipeline &p) { p.components[QStringLiteral("step")].implementation.image.clear(); })
                                  << "no container image" << "";
        QTest::newRow("bad schedule") << Mutation([](Pipeline &p) { p.schedule = Schedule{QStringLiteral("nightly")}; })
                                      << "not a cron expression" << "";
        QTest::newRow("two exit handlers") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->role = Task::Role::ExitHandler;
            p.root.task(idOf(p, QStringLiteral("c")))->role = Task::Role::ExitHandler;
        }) << "at most one exit handler" << "c";
        QTest::newRow("relative volume path") << Mutation([](Pipeline &p) {
            p.root.task(idOf(p, QStringLiteral("a")))->settings.volumes.append({QStringLiteral("v"), QStringLiteral("data")});
        }) << "absolute path" << "a";
        QTest::newRow("recursion is not a cycle") << Mutation([](Pipeline &p) {
            // A sub-pipeline whose task calls the sub-pipeline itself (Argo recursion).
            ComponentSpec rec;
            rec.key = QStringLiteral("recurse");
            rec.inputs.append(port(QStringLiteral("n"), integer()));
            rec.implementation.kind = Implementation::Kind::Graph;
            Task inner = task(QStringLiteral("again"), QStringLiteral("recurse"));
            inner.inputs.insert(QStringLiteral("n"), Binding::pipelineParameter(QStringLiteral("n")));
            inner.settings.condition = {Condition::Dialect::ArgoWhen, QStringLiteral("{{inputs.parameters.n}} > 0")};
            rec.implementation.graph.addTask(inner);
            p.components.insert(rec.key, rec);
            Task outer = task(QStringLiteral("start"), QStringLiteral("recurse"));
            outer.inputs.insert(QStringLiteral("n"), Binding::constantValue(3));
            p.root.addTask(outer);
        }) << "" << "";
        QTest::newRow("sub-pipeline parameter unknown") << Mutation([](Pipeline &p) {
            ComponentSpec sub;
            sub.key = QStringLiteral("sub");
            sub.implementation.kind = Implementation::Kind::Graph;
            Task inner = task(QStringLiteral("inner"));
            inner.inputs.insert(QStringLiteral("in"), Binding::pipelineParameter(QStringLiteral("msg")));
            sub.implementation.graph.addTask(inner);
            p.components.insert(sub.key, sub);
        }) << "unknown parameter 'msg'" << "inner";
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, expected);
        QFETCH(QString, task);
        Pipeline p = chainOfThree();
        mutate(p);
        const Diagnostics d = Validator::validate(p);
        if (expected.isEmpty()) {
            QVERIFY2(!hasErrors(d), qPrintable(errorsOf(d)));
            return;
        }
        const auto it = std::find_if(d.begin(), d.end(), [&](const Diagnostic &x) {
            return x.severity == Diagnostic::Severity::Error && x.message.contains(expected);
        });
        QVERIFY2(it != d.end(), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(expected, errorsOf(d))));
        QCOMPARE(it->taskName, task);
        if (!task.isEmpty())
            QVERIFY(it->task.isValid());
    }

    void undeclaredInputIsAWarning()
    {
        // Engines ignore an argument the component does not declare; say so, do not refuse.
        Pipeline p = chainOfThree();
        p.root.task(idOf(p, QStringLiteral("a")))->inputs.insert(QStringLiteral("extra"), Binding::constantValue(1));
        const Diagnostics d = Validator::validate(p);
        QVERIFY(!hasErrors(d));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.front().severity, Diagnostic::Severity::Warning);
        QVERIFY(d.front().message.contains(QStringLiteral("has no input 'extra'")));
        QCOMPARE(d.front().taskName, QStringLiteral("a"));
    }

    void connectionRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("free input") << "a" << "a2" << "";
        QTest::newRow("already fed") << "a" << "c" << "already fed";
        QTest::newRow("cycle") << "c" << "a2-feeds-a" << "cycle";
        QTest::newRow("itself") << "b" << "b" << "cannot feed itself";
    }
    void connectionRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        Pipeline p = chainOfThree();
        const TaskId a2 = p.root.addTask(task(QStringLiteral("a2")));
        // a2-feeds-a: a task that a waits for, so c → it would close a loop.
        Task feeder = task(QStringLiteral("a2-feeds-a"));
        const TaskId f = p.root.addTask(feeder);
        p.root.task(idOf(p, QStringLiteral("a")))->dependencies.append(f);
        Q_UNUSED(a2);
        const QString why = ConnectionRules::whyNot(p, {}, idOf(p, from), QStringLiteral("out"), idOf(p, to), QStringLiteral("in"));
        if (reason.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void connectionRefusesTypeMismatch()
    {
        Pipeline p = chainOfThree();
        ComponentSpec numbers = stepComponent(QStringLiteral("numbers"));
        numbers.inputs[0].type = integer();
        p.components.insert(numbers.key, numbers);
        const TaskId n = p.root.addTask(task(QStringLiteral("n"), QStringLiteral("numbers")));
        const QString why = ConnectionRules::whyNot(p, {}, idOf(p, QStringLiteral("c")), QStringLiteral("out"), n, QStringLiteral("in"));
        QVERIFY2(why.contains(QStringLiteral("type mismatch")), qPrintable(why));
    }
};

PS_TEST(ValidatorTest)
#include "tst_validator.moc"
