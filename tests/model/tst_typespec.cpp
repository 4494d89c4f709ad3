#include "testregistry.h"
#include "typespec.h"

#include <QTest>

using ps::TypeSpec;

class TypeSpecTest : public QObject
{
    Q_OBJECT

private slots:
    void kfpV1Names_data()
    {
        QTest::addColumn<QString>("v1");
        QTest::addColumn<QString>("text");
        QTest::newRow("String") << "String" << "STRING";
        QTest::newRow("Integer") << "Integer" << "NUMBER_INTEGER";
        QTest::newRow("Float") << "Float" << "NUMBER_DOUBLE";
        QTest::newRow("Bool") << "Bool" << "BOOLEAN";
        QTest::newRow("JsonObject") << "JsonObject" << "STRUCT";
        QTest::newRow("Dict") << "Dict" << "STRUCT";
        QTest::newRow("JsonArray") << "JsonArray" << "LIST";
        QTest::newRow("List") << "List" << "LIST";
        QTest::newRow("untyped") << "" << "any";
        QTest::newRow("GCSPath stays named") << "GCSPath" << "named:GCSPath";
        QTest::newRow("UI metadata stays named") << "UI metadata" << "named:UI metadata";
    }
    void kfpV1Names()
    {
        QFETCH(QString, v1);
        QFETCH(QString, text);
        QCOMPARE(TypeSpec::fromKfpV1(v1).toText(), text);
    }

    void textRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"any", "STRING", "NUMBER_INTEGER", "NUMBER_DOUBLE", "BOOLEAN", "LIST", "STRUCT",
                              "TASK_FINAL_STATUS", "artifact:system.Dataset@0.0.1", "artifact-list:system.Model",
                              "named:GCSPath", "named:{\"GcsPath\":{\"data_type\":\"TSV\"}}"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void textRoundTrip()
    {
        QFETCH(QString, text);
        TypeSpec t;
        QVERIFY(TypeSpec::fromText(text, &t));
        QCOMPARE(t.toText(), text);
    }

    void rejectsUnknownText()
    {
        TypeSpec t;
        QVERIFY(!TypeSpec::fromText(QStringLiteral("FLOAT"), &t));
        QVERIFY(!TypeSpec::fromText(QStringLiteral("artifact:"), &t));
    }

    void connections_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("same parameter kind") << "STRING" << "STRING" << true;
        QTest::newRow("integer widens to double") << "NUMBER_INTEGER" << "NUMBER_DOUBLE" << true;
        QTest::newRow("double does not narrow") << "NUMBER_DOUBLE" << "NUMBER_INTEGER" << false;
        QTest::newRow("string is not a number") << "STRING" << "NUMBER_INTEGER" << false;
        QTest::newRow("any accepts all") << "artifact:system.Model" << "any" << true;
        QTest::newRow("all feed any") << "any" << "BOOLEAN" << true;
        QTest::newRow("same artifact") << "artifact:system.Dataset" << "artifact:system.Dataset@0.0.1" << true;
        QTest::newRow("dataset is not a model") << "artifact:system.Dataset" << "artifact:system.Model" << false;
        QTest::newRow("generic artifact") << "artifact:system.Model" << "artifact:system.Artifact" << true;
        QTest::newRow("list vs single") << "artifact-list:system.Model" << "artifact:system.Model" << false;
        QTest::newRow("named to itself") << "named:GCSPath" << "named:GCSPath" << true;
        QTest::newRow("named to other named") << "named:GCSPath" << "named:CSV" << false;
        QTest::newRow("named to string") << "named:CSV" << "STRING" << false;
        QTest::newRow("final status is a struct") << "TASK_FINAL_STATUS" << "STRUCT" << true;
        QTest::newRow("artifact to parameter") << "artifact:system.Dataset" << "STRING" << false;
    }
    void connections()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        TypeSpec a, b;
        QVERIFY(TypeSpec::fromText(from, &a));
        QVERIFY(TypeSpec::fromText(to, &b));
        QCOMPARE(TypeSpec::canConnect(a, b), allowed);
    }
};

PS_TEST(TypeSpecTest)
#include "tst_typespec.moc"
