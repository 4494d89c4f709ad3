#include "exprevaluator.h"
#include "placeholdertext.h"
#include "testregistry.h"

#include <QTest>

using ps::ExprEvaluator;

namespace {

// What a task of an Argo workflow could see: parameters are text, outputs may be JSON text.
std::optional<QString> variable(const QString &reference)
{
    static const QMap<QString, QString> values{
        {QStringLiteral("inputs.parameters.should-print"), QStringLiteral("true")},
        {QStringLiteral("inputs.parameters.count"), QStringLiteral("3")},
        {QStringLiteral("inputs.parameters.name"), QStringLiteral("  Alice ")},
        {QStringLiteral("workflow.parameters.json"), QStringLiteral(R"([{"name":"a","value":"true"},{"name":"b","value":"false"}])")},
        {QStringLiteral("tasks.gen.outputs.result"), QStringLiteral("[1,2,3,4]")},
        {QStringLiteral("tasks.gen.outputs.parameters"), QStringLiteral(R"({"x":"7"})")},
        {QStringLiteral("steps.flip.outputs.result"), QStringLiteral("heads")},
        {QStringLiteral("item"), QStringLiteral(R"({"os":"debian","n":2})")},
        {QStringLiteral("workflow.name"), QStringLiteral("wf-1")},
    };
    if (values.contains(reference))
        return values.value(reference);
    return std::nullopt;
}

} // namespace

class ExprEvaluatorTest : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("result");
        QTest::newRow("arithmetic precedence") << "1 + 2 * 3" << "7";
        QTest::newRow("division gives decimals") << "7 / 2" << "3.5";
        QTest::newRow("modulo") << "7 % 3" << "1";
        QTest::newRow("power") << "2 ** 10" << "1024";
        QTest::newRow("unary minus") << "-asInt(inputs.parameters.count) + 1" << "-2";
        QTest::newRow("string concatenation") << "'a' + \"b\"" << "ab";
        QTest::newRow("comparison after asInt") << "asInt(inputs.parameters.count) > 2" << "true";
        QTest::newRow("bracket access for a dashed name") << "inputs.parameters[\"should-print\"] == 'true'" << "true";
        QTest::newRow("and/or/not words") << "not (1 > 2) and (false or true)" << "true";
        QTest::newRow("&& || !") << "!false && (1 == 2 || 2 == 2)" << "true";
        QTest::newRow("comparison binds tighter than &&") << "1 + 2 == 3 && 'x' != 'y'" << "true";
        QTest::newRow("ternary") << "asInt(inputs.parameters.count) % 2 == 0 ? 'even' : 'odd'" << "odd";
        QTest::newRow("in a list") << "'b' in ['a', 'b']" << "true";
        QTest::newRow("not in") << "'c' not in ['a', 'b']" << "true";
        QTest::newRow("matches") << "workflow.name matches '^wf-[0-9]+$'" << "true";
        QTest::newRow("steps output") << "steps.flip.outputs.result == 'heads'" << "true";
        QTest::newRow("asFloat") << "asFloat('1.5') * 2" << "3";
        QTest::newRow("string()") << "string(2) + 'x'" << "2x";
        QTest::newRow("jsonpath") << "jsonpath(workflow.parameters.json, '$[0].value') == 'true'" << "true";
        QTest::newRow("jsonpath wildcard") << "jsonpath(workflow.parameters.json, '$[*].name')" << "[\"a\",\"b\"]";
        QTest::newRow("toJson") << "toJson([1, 'a'])" << "[1,\"a\"]";
        QTest::newRow("field of a JSON output") << "tasks.gen.outputs.parameters.x" << "7";
        QTest::newRow("loop item fields") << "item.os + '-' + string(item.n)" << "debian-2";
        QTest::newRow("len of filter") << "len(filter(fromJson(tasks.gen.outputs.result), {# > 2}))" << "2";
        QTest::newRow("map") << "map(fromJson(tasks.gen.outputs.result), {# * 10})" << "[10,20,30,40]";
        QTest::newRow("sprig trim and upper") << "sprig.upper(sprig.trim(inputs.parameters.name))" << "ALICE";
        QTest::newRow("sprig replace") << "sprig.replace('-', '_', workflow.name)" << "wf_1";
        QTest::newRow("sprig default") << "sprig.default('none', '')" << "none";
        QTest::newRow("sprig int and add") << "sprig.add(sprig.int(inputs.parameters.count), 1)" << "4";
        QTest::newRow("nil coalescing") << "inputs.parameters.missing ?? 'fallback'" << "fallback";
        QTest::newRow("nil comparison") << "inputs.parameters.missing == nil" << "true";
        QTest::newRow("a variable alone") << "workflow.name" << "wf-1";
        QTest::newRow("smallest int modulo -1") << "(-9223372036854775807 - 1) % -1" << "0";
        QTest::newRow("largest int plus zero") << "9223372036854775807 + 0" << "9223372036854775807";
        QTest::newRow("int literal past the int range is a decimal") << "9223372036854775808 * 2 > 9223372036854775807" << "true";
        QTest::newRow("100 nested parentheses") << QString(100, u'(') + u'1' + QString(100, u')') << "1";
        QTest::newRow("a sum of 4,901 ones") << u'1' + QStringLiteral("+1").repeated(4900) << "4901";
        QTest::newRow("a chain of 4,000 &&") << QStringLiteral("true") + QStringLiteral(" && true").repeated(3999) << "true";
        QTest::newRow("a chain of 4,000 ?? ") << QStringLiteral("nil") + QStringLiteral(" ?? nil").repeated(3998) + QStringLiteral(" ?? 7") << "7";
        QTest::newRow("a chain of 3,000 string +") << QStringLiteral("'a'") + QStringLiteral(" + 'a'").repeated(2999) << QString(3000, u'a');
        QTest::newRow("sprig.repeat within the bound") << "len(sprig.repeat(10000, sprig.repeat(100, 'x')))" << "1000000";
        QTest::newRow("sprig.int of the largest int text") << "sprig.int('9223372036854775807')" << "9223372036854775807";
    }
    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QString, result);
        const auto r = ExprEvaluator::evaluateText(expression, variable);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, result);
    }

    void saysWhereAndWhyItFails_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        QTest::newRow("dangling operator") << "1 +" << "does not parse at position 4: the expression ends too early";
        QTest::newRow("unclosed parenthesis") << "(1 + 2" << "does not parse at position 7: expected ')'";
        QTest::newRow("unknown character") << "1 @ 2" << "does not parse at position 3: unexpected character '@'";
        QTest::newRow("unclosed string") << "'abc" << "does not parse at position 1: the string is not closed";
        QTest::newRow("two values") << "1 2" << "does not parse at position 3";
        QTest::newRow("unknown variable") << "inputs.parameters.nope + 'x'" << "cannot resolve 'inputs.parameters.nope'";
        QTest::newRow("unknown function") << "nope(1)" << "there is no function 'nope'";
        QTest::newRow("text times a number") << "inputs.parameters.count * 3" << "cannot apply '*' to the string '3' and the int '3'";
        QTest::newRow("asInt of a word") << "asInt('abc')" << "asInt: 'abc' is not a whole number";
        QTest::newRow("and of text") << "'a' && true" << "expected true or false";
        QTest::newRow("division by zero") << "1 / 0" << "division by zero";
        QTest::newRow("nil result") << "nil" << "gives nil";
        QTest::newRow("sprig.div of a huge decimal") << "sprig.div(1e300, -1)" << "'1e+300' does not fit in a 64-bit integer";
        QTest::newRow("sprig.div smallest int by -1") << "sprig.div(\"-9223372036854775808\", -1)"
                                                       << "sprig.div: the result does not fit in a 64-bit integer";
        QTest::newRow("sprig.add overflow") << "sprig.add(9223372036854775807, 1)" << "sprig.add: the result does not fit";
        QTest::newRow("sprig.int of infinity") << "sprig.int(1e308 * 10)" << "does not fit in a 64-bit integer";
        QTest::newRow("int + overflow") << "9223372036854775807 + 1" << "the result of '+' does not fit in a 64-bit integer";
        QTest::newRow("int - overflow") << "-9223372036854775807 - 2" << "the result of '-' does not fit in a 64-bit integer";
        QTest::newRow("int * overflow") << "4611686018427387904 * 2" << "the result of '*' does not fit in a 64-bit integer";
        QTest::newRow("negating the smallest int") << "-(-9223372036854775807 - 1)" << "the result of '-' does not fit";
        QTest::newRow("int of a huge decimal") << "int(1e300)" << "int: '1e+300' is not a whole number";
        QTest::newRow("10 KB of (") << QString(10000, u'(') + u'1' + QString(10000, u')')
                                    << "does not parse at position 129: the expression nests too deeply";
        QTest::newRow("10 KB of unary minus") << QString(10000, u'-') + u'1' << "the expression nests too deeply";
        QTest::newRow("a long ** chain") << u'1' + QStringLiteral(" ** 1").repeated(2000) << "the expression nests too deeply";
        QTest::newRow("a long ternary chain") << QStringLiteral("true ? 1 : ").repeated(2000) + u'0' << "the expression nests too deeply";
        QTest::newRow("100 KB of +1") << u'1' + QStringLiteral("+1").repeated(50000) << "the expression is too long";
        QTest::newRow("asInt of a huge decimal") << "asInt(1e300)" << "is not a whole number";
        QTest::newRow("a chain of 4,000 && with a number in it")
            << QStringLiteral("true") + QStringLiteral(" && true").repeated(2000) + QStringLiteral(" && 1") + QStringLiteral(" && true").repeated(1000)
            << "expected true or false, got the int '1'";
        QTest::newRow("a member chain of 200") << QStringLiteral("inputs") + QStringLiteral(".a").repeated(200) << "the expression nests too deeply";
        QTest::newRow("nested sprig.repeat") << "sprig.repeat(10000, sprig.repeat(10000, 'xxxxxxxxxx'))"
                                             << "sprig.repeat: the result would be longer than 16777216 characters";
        QTest::newRow("replace that explodes") << "replace(sprig.repeat(10000, 'aa'), 'a', sprig.repeat(10000, 'b'))"
                                               << "replace: the result would be longer than";
        QTest::newRow("sprig.replace that explodes") << "sprig.replace('a', sprig.repeat(10000, 'b'), sprig.repeat(10000, 'aa'))"
                                                     << "sprig.replace: the result would be longer than";
        QTest::newRow("map to a huge list") << "map(split(sprig.repeat(10000, 'a,'), ','), {sprig.repeat(10000, 'x')})"
                                            << "the value is larger than 16777216 characters";
        QTest::newRow("join of a huge list") << "join(split(sprig.repeat(10000, 'a,'), ','), sprig.repeat(10000, '-'))"
                                             << "join: the result would be longer than";
        QTest::newRow("a doubling + chain") << QStringLiteral("sprig.repeat(10000, 'xxxxxxxxxx')") + QStringLiteral(" + sprig.repeat(10000, 'xxxxxxxxxx')").repeated(200)
                                            << "the value is larger than 16777216 characters";
    }
    void saysWhereAndWhyItFails()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        const auto r = ExprEvaluator::evaluateText(expression, variable);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY2(r.error.contains(expression), qPrintable(r.error));
    }

    void expressionTagsFillPlaceholderText()
    {
        const auto r = ps::PlaceholderText::substitute(
            QStringLiteral("{{workflow.name}} has {{= asInt(inputs.parameters.count) + 1 }} parts, {{=sprig.trim(inputs.parameters.name)}}"),
            variable);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, QStringLiteral("wf-1 has 4 parts, Alice"));
        // Braces and quotes of the expression itself do not end the tag.
        const auto nested = ps::PlaceholderText::substitute(
            QStringLiteral("{{=toJson({a: {b: '}}'}})}} and {{=len(filter([1, 5, 9], {# > 2}))}}"), variable);
        QVERIFY2(nested.ok(), qPrintable(nested.error));
        QCOMPARE(nested.value, QStringLiteral("{\"a\":{\"b\":\"}}\"}} and 2"));
        const auto bad = ps::PlaceholderText::substitute(QStringLiteral("x {{=1 +}}"), variable);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("'1 +' does not parse at position")), qPrintable(bad.error));
    }

    void aLongScriptWithManyPlaceholdersResolves()
    {
        // ~1 MB of script with 20,000 tags of both kinds (each used to copy the rest of the text).
        const QString filler(40, u'x');
        QString script, expected;
        for (int i = 0; i < 10000; ++i) {
            script += filler + QStringLiteral("{{ workflow.name }}") + filler + QStringLiteral("{{= 1 + 2 }}\n");
            expected += filler + QStringLiteral("wf-1") + filler + QStringLiteral("3\n");
        }
        QVERIFY(script.size() > 1000000);
        const auto r = ps::PlaceholderText::substitute(script, variable);
        QVERIFY2(r.ok(), qPrintable(r.error.left(200)));
        QCOMPARE(r.value.size(), expected.size());
        QVERIFY(r.value == expected);
    }

    void placeholderAfterBlanksIsAnExpressionTag()
    {
        const auto bad = ps::PlaceholderText::substitute(QStringLiteral("x {{ \n =1 +}}"), variable);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("'1 +' does not parse at position")), qPrintable(bad.error));
    }
};

PS_TEST(ExprEvaluatorTest)
#include "tst_exprevaluator.moc"
