#include "enginetesting.h"
#include "testregistry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ps;
using pstest::Engine;

// The podman/docker path of the local engine, with no container engine on the machine: a
// stand-in `podman` first on PATH answers `info` as told, records the arguments of `run`
// and runs the command on the host.
namespace {

const QByteArray kWorkflow = R"(apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: {generateName: c-}
spec:
  entrypoint: main
  volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
  templates:
  - name: main
    steps:
    - - {name: greet, template: greet}
  - name: greet
    container:
      image: alpine:3.23
      command: [sh, -c, "echo $GREETING in the container"]
      env: [{name: GREETING, value: hello}]
      workingDir: /srv/app
      volumeMounts: [{name: data, mountPath: /mnt/data}]
)";

class FakeRuntimes
{
public:
    explicit FakeRuntimes(bool podmanAnswers)
    {
        write(QStringLiteral("podman"), podmanAnswers ? 0 : 1);
        write(QStringLiteral("docker"), 1); // a real docker must not answer first
        m_savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_savedPath);
    }
    ~FakeRuntimes() { qputenv("PATH", m_savedPath); }
    // The arguments of each `podman run`, in order.
    QList<QStringList> runs() const
    {
        QList<QStringList> all;
        for (int n = 0;; ++n) {
            QFile f(m_dir.filePath(QStringLiteral("run-%1").arg(n)));
            if (!f.open(QIODevice::ReadOnly))
                return all;
            all.append(QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts));
        }
    }

private:
    void write(const QString &name, int infoCode)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"(#!/bin/sh
log='%1'
case "$1" in
info) exit %2 ;;
run)
  n=0
  while [ -e "$log/run-$n" ]; do n=$((n+1)); done
  for a in "$@"; do printf '%s\n' "$a" >> "$log/run-$n"; done
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --rm|-i) shift ;;
      -v|-e|-w) shift 2 ;;
      *) break ;;
    esac
  done
  shift
  exec "$@" ;;
esac
exit 125
)").arg(m_dir.path()).arg(infoCode).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QTemporaryDir m_dir;
    QByteArray m_savedPath;
};

// The value after each `flag` in `args`.
QStringList valuesOf(const QStringList &args, const QString &flag)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == flag)
            values.append(args[i + 1]);
    return values;
}

} // namespace

class LocalEngineContainerTest : public QObject
{
    Q_OBJECT

private slots:
    void runsContainerStepsThroughPodmanWhenItAnswers()
    {
        FakeRuntimes fake(true);
        Engine engine;
        const RunSnapshot s = engine.run(kWorkflow);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QVERIFY2(engine.backend->environmentDescription().contains(QStringLiteral("podman")),
                 qPrintable(engine.backend->environmentDescription()));
        QCOMPARE(s.node(QStringLiteral("greet"))->outputs.value(QStringLiteral("result")), QStringLiteral("hello in the container"));

        const QList<QStringList> runs = fake.runs();
        QCOMPARE(runs.size(), 1);
        const QStringList args = runs.front();
        QCOMPARE(args.value(0), QStringLiteral("run"));
        QVERIFY(args.contains(QStringLiteral("--rm")));
        // The image, then the command as the template wrote it.
        const qsizetype image = args.indexOf(QStringLiteral("alpine:3.23"));
        QVERIFY2(image > 0, qPrintable(args.join(u' ')));
        QCOMPARE(args.mid(image + 1), (QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $GREETING in the container")}));
        // Mounts: the task's private /tmp under the run, the claim's directory under the engine's data.
        const QStringList mounts = valuesOf(args.first(image), QStringLiteral("-v"));
        const QString runs_ = engine.dataDir() + QStringLiteral("/runs/") + s.id + u'/';
        QVERIFY2(std::any_of(mounts.begin(), mounts.end(), [&](const QString &m) { return m.startsWith(runs_) && m.endsWith(u":/tmp"); }),
                 qPrintable(mounts.join(u' ')));
        QVERIFY2(mounts.contains(engine.dataDir() + QStringLiteral("/volumes/data:/mnt/data")), qPrintable(mounts.join(u' ')));
        QVERIFY(QFileInfo(engine.dataDir() + QStringLiteral("/volumes/data")).isDir());
        // Environment by name (values stay out of the command line), and the working directory.
        QVERIFY(valuesOf(args, QStringLiteral("-e")).contains(QStringLiteral("GREETING")));
        QCOMPARE(valuesOf(args, QStringLiteral("-w")), QStringList{QStringLiteral("/srv/app")});
        QVERIFY(!args.join(u' ').contains(QStringLiteral("hello")));
        // What the user is shown is the task's own command.
        QCOMPARE(s.node(QStringLiteral("greet"))->command.value(0), QStringLiteral("sh"));
    }

    void fallsBackToTheHostWhenPodmanDoesNotAnswer()
    {
        FakeRuntimes fake(false);
        Engine engine;
        const RunSnapshot s = engine.run(kWorkflow);
        QVERIFY2(s.phase == RunPhase::Succeeded, qPrintable(Engine::describe(s)));
        QVERIFY2(!engine.backend->environmentDescription().contains(QStringLiteral("podman")),
                 qPrintable(engine.backend->environmentDescription()));
        QCOMPARE(s.node(QStringLiteral("greet"))->outputs.value(QStringLiteral("result")), QStringLiteral("hello in the container"));
        QVERIFY(fake.runs().isEmpty());
    }
};

PS_TEST(LocalEngineContainerTest)
#include "tst_localenginecontainers.moc"
