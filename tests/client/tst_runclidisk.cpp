#include "enginetesting.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A disk that fills, as `pstudio run` meets it: the engine runs under a file size limit
// (RLIMIT_FSIZE through prlimit, which needs no privileges), so its own writes and the
// tasks' fail with EFBIG as they would with ENOSPC on a full disk.
class RunCliDiskTest : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QJsonObject summary;
        QByteArray err;
    };
    Result run(const QByteArray &yaml, qint64 fileSizeLimit = 0)
    {
        QFile f(m_dir.filePath(QStringLiteral("p.yaml")));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(yaml);
        f.close();
        QStringList args{QStringLiteral(PS_PSTUDIO), QStringLiteral("run"), f.fileName(), QStringLiteral("--yes"),
                         QStringLiteral("--json"), QStringLiteral("--workdir"), workdir()};
        if (fileSizeLimit > 0)
            args = QStringList{QStringLiteral("--fsize=%1").arg(fileSizeLimit), QStringLiteral("--")} + args;
        QProcess p;
        p.start(fileSizeLimit > 0 ? QStringLiteral("prlimit") : args.takeFirst(), args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.exitStatus(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(), p.readAllStandardError()};
    }
    QString workdir() const { return m_dir.filePath(QStringLiteral("work")); }
    static QString messageOf(const QJsonObject &summary, const QString &task)
    {
        for (const QJsonValue &t : summary.value(QStringLiteral("tasks")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == task)
                return t.toObject().value(QStringLiteral("message")).toString();
        return QStringLiteral("(no task %1)").arg(task);
    }
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
    }

    void aFullDiskFailsTheTasksThatWriteAndKeepsEarlierRuns()
    {
        const QByteArray small = R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: small}
spec:
  entrypoint: say
  templates:
  - name: say
    container: {image: busybox, command: [echo, kept]}
)";
        const Result before = run(small);
        QCOMPARE(before.exitCode, 0);
        const QString earlier = before.summary.value(QStringLiteral("run")).toString();

        // Under a 1 MB limit: one task prints 5 MB (its log cannot be kept), one writes a
        // 3 MB file itself.
        const Result full = run(R"(
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {name: filling}
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - {name: chatty, template: chatty}
      - {name: filler, template: filler}
  - name: chatty
    container: {image: busybox, command: [sh, -c, "yes 'a line of output for the log' | head -c 5000000"]}
  - name: filler
    container: {image: busybox, command: [sh, -c, "head -c 3000000 /dev/zero > /tmp/big"]}
)", 1000 * 1000);
        QCOMPARE(full.status, QProcess::NormalExit); // not ended by SIGXFSZ
        QCOMPARE(full.exitCode, 1);
        QCOMPARE(full.summary.value(QStringLiteral("phase")).toString(), QStringLiteral("Failed"));
        const QString chatty = messageOf(full.summary, QStringLiteral("chatty"));
        QVERIFY2(chatty.contains(QStringLiteral("cannot write the log")) && chatty.contains(QStringLiteral("File too large")),
                 qPrintable(chatty));
        const QString filler = messageOf(full.summary, QStringLiteral("filler"));
        QVERIFY2(filler.contains(QStringLiteral("disk full")) && filler.contains(QStringLiteral("File too large")), qPrintable(filler));

        // The engine keeps working, and the earlier run is as it was.
        const Result after = run(small);
        QCOMPARE(after.exitCode, 0);
        pstest::Engine engine({}, workdir());
        const std::optional<ps::RunSnapshot> kept = engine.backend->snapshot(earlier);
        QVERIFY(kept);
        QCOMPARE(ps::toString(kept->phase), QStringLiteral("Succeeded"));
        QFile log(engine.backend->recordedLogPath(earlier, QStringLiteral("say")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("kept"));
        QCOMPARE(engine.backend->listRuns().size(), 3);
    }
};

PS_TEST(RunCliDiskTest)
#include "tst_runclidisk.moc"
