#include "prometheusquerycommand.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QJsonObject>
#include <QTest>

using ps::PrometheusQueryCommand;

// What `pstudio query` does, against the real Prometheus of the ctest fixture.
class PrometheusQueryCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        const QString url = QStringLiteral("http://127.0.0.1:9");
        QTest::newRow("instant") << QStringList{QStringLiteral("--prometheus"), url, QStringLiteral("up")} << true;
        QTest::newRow("range") << QStringList{QStringLiteral("--range"), QStringLiteral("5m"), QStringLiteral("--step"),
                                              QStringLiteral("15s"), QStringLiteral("--prometheus"), url,
                                              QStringLiteral("--json"), QStringLiteral("rate(x[1m])")}
                               << true;
        QTest::newRow("no url") << QStringList{QStringLiteral("up")} << false;
        QTest::newRow("no expression") << QStringList{QStringLiteral("--prometheus"), url} << false;
        QTest::newRow("bad duration") << QStringList{QStringLiteral("--prometheus"), url, QStringLiteral("--range"),
                                                     QStringLiteral("5 minutes"), QStringLiteral("up")}
                                      << false;
        QTest::newRow("step without range") << QStringList{QStringLiteral("--prometheus"), url, QStringLiteral("--step"),
                                                           QStringLiteral("1s"), QStringLiteral("up")}
                                            << false;
        QTest::newRow("two expressions") << QStringList{QStringLiteral("--prometheus"), url, QStringLiteral("up"),
                                                        QStringLiteral("down")}
                                         << false;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--prometheus"), url, QStringLiteral("--fast"),
                                                       QStringLiteral("up")}
                                        << false;
        QTest::newRow("not http") << QStringList{QStringLiteral("--prometheus"), QStringLiteral("ftp://h/"), QStringLiteral("up")}
                                  << false;
    }
    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        QString problem;
        const auto options = PrometheusQueryCommand::parse(arguments, &problem);
        QCOMPARE(options.has_value(), valid);
        QCOMPARE(problem.isEmpty(), valid);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        if (!valid)
            QCOMPARE(PrometheusQueryCommand::run(arguments, outStream, errStream), 2);
    }

    void printsATable()
    {
        const QString url = prometheusUrl();
        if (url.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QString out;
        QString err;
        // The fixture's Prometheus may not have scraped yet.
        QTRY_VERIFY_WITH_TIMEOUT(run({QStringLiteral("--prometheus"), url, QStringLiteral("up{job=\"node\"}")}, &out, &err) == 0
                                     && out.contains(QStringLiteral("up{instance=\"127.0.0.1:")),
                                 20000);
        QVERIFY2(out.startsWith(QStringLiteral("SERIES")), qPrintable(out));
        QVERIFY(err.isEmpty());
    }

    void printsARangeAsJson()
    {
        const QString url = prometheusUrl();
        if (url.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QString out;
        QString err;
        const QStringList arguments{QStringLiteral("--prometheus"), url, QStringLiteral("--range"), QStringLiteral("1m"),
                                    QStringLiteral("--step"), QStringLiteral("1s"), QStringLiteral("--json"), QStringLiteral("up")};
        QTRY_VERIFY_WITH_TIMEOUT(run(arguments, &out, &err) == 0
                                     && !QJsonDocument::fromJson(out.toUtf8())
                                             .object()
                                             .value(QStringLiteral("result"))
                                             .toArray()
                                             .isEmpty(),
                                 20000);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("resultType")).toString(),
                 QStringLiteral("matrix"));
    }

    void aBadExpressionExitsOneWithPrometheusMessage()
    {
        const QString url = prometheusUrl();
        if (url.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QString out;
        QString err;
        QCOMPARE(run({QStringLiteral("--prometheus"), url, QStringLiteral("sum(")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("parse error")), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void theCliRunsItAsItsQuerySubcommand()
    {
        const QString url = prometheusUrl();
        if (url.isEmpty())
            QSKIP("needs the ctest fixture that starts Prometheus: run it through ctest");
        QProcess cli;
        cli.start(QStringLiteral(PS_PSTUDIO), {QStringLiteral("query"), QStringLiteral("--prometheus"), url,
                                               QStringLiteral("--json"), QStringLiteral("1 + 2 * 3")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QStringLiteral("resultType")).toString(), QStringLiteral("scalar"));
        QVERIFY2(QJsonDocument(answer).toJson().contains("7"), QJsonDocument(answer).toJson().constData());
    }

private:
    static int run(const QStringList &arguments, QString *out, QString *err)
    {
        out->clear();
        err->clear();
        QTextStream outStream(out);
        QTextStream errStream(err);
        const int code = PrometheusQueryCommand::run(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return code;
    }

    static QString prometheusUrl()
    {
        const QString dir = qEnvironmentVariable("PS_PROMETHEUS_DIR");
        QFile file(QDir(dir).filePath(QStringLiteral("prometheus.url")));
        return !dir.isEmpty() && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QString();
    }
};

PS_TEST(PrometheusQueryCommandTest)
#include "tst_prometheusquerycommand.moc"
