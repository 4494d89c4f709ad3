#include "studioapp.h"

#include "apptranslations.h"

#include "logging.h"
#include "documentfiles.h"
#include "localbackend.h"
#include "mainwindow.h"
#include "clusterbackends.h"
#include "connectionprofilestore.h"
#include "connectionsdialog.h"
#include "credentialstore.h"
#include "httpclient.h"
#include "monitoringconnection.h"
#include "monitoringdocks.h"
#include "rundocks.h"
#include "runsmodel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTimer>

namespace ps {

void StudioApp::showRun(MainWindow &window, LocalBackend *engine, const QString &runId)
{
    const QList<RunSnapshot> runs = engine->listRuns();
    QString id = runId;
    if (id == QStringLiteral("latest"))
        id = runs.isEmpty() ? QString() : runs.first().id;
    if (id.isEmpty() || !engine->snapshot(id)) {
        Logging::logger()->warn("no run {} in {}", runId.toStdString(), engine->dataDir().toStdString());
        return;
    }
    window.runDocks()->openRun(engine, id);
}

QString StudioApp::examplePath(const QString &name)
{
    return QStringLiteral(":/examples/%1.pstudio.yaml").arg(name);
}

int StudioApp::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pipeline Studio"));
    QApplication::setOrganizationName(QStringLiteral("PipelineStudio"));
    QApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.pipelinestudio.PipelineStudio"));

    new AppTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("StudioApp", "Design, run and watch ML pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("StudioApp", "Write a PNG of the main window to FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QApplication::translate("StudioApp", "Open the bundled example NAME (e.g. iris-two-models)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("StudioApp", "Log debug messages."));
    const QCommandLineOption openRun(QStringLiteral("open-run"),
                                     QApplication::translate("StudioApp", "Show run ID of the local engine's history in the run panels (\"latest\": the newest run)."),
                                     QStringLiteral("ID"));
    parser.addOptions({screenshot, example, verbose, openRun});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("StudioApp", "Pipeline or component to open."));
    parser.process(app);
    Logging::init(parser.isSet(verbose));

    // Charts work out of the box: the user-level Prometheus is started unless one is set.
    MonitoringConnection monitoring;
    monitoring.makeInstance();
    if (!parser.isSet(screenshot))
        monitoring.start();

    MainWindow window;
    // The embedded engine: every run on this machine, kept under the user's data directory.
    auto *engine = new LocalBackend(LocalBackend::Settings{}, &window);
    window.runDocks()->runs()->addBackend(engine);
    // Its metrics endpoint goes into the local Prometheus' file discovery: charts for local runs.
    monitoring.attachEngine(engine);
    window.monitoringDocks()->setConnection(&monitoring);
    // Cluster backends from the saved connection profiles (tokens from the keychain).
    HttpClient http;
    CredentialStore credentials(QStringLiteral("pipeline-studio"));
    ConnectionProfileStore profiles;
    ClusterBackends clusters(&profiles, &credentials, &http);
    QObject::connect(&clusters, &ClusterBackends::backendAdded, &window,
                     [&window](RunBackend *backend) { window.runDocks()->runs()->addBackend(backend); });
    QObject::connect(&clusters, &ClusterBackends::problem, &window, [](const QString &text) {
        Logging::logger()->warn("{}", text.toStdString());
    });
    QAction *connections = window.runMenu()->addAction(QApplication::translate("StudioApp", "Cluster &Connections…"));
    QObject::connect(connections, &QAction::triggered, &window, [&] {
        ConnectionsDialog dialog(&profiles, &credentials, &http, &window);
        dialog.exec();
    });
    if (!parser.isSet(screenshot))
        clusters.start();
    if (parser.isSet(openRun))
        showRun(window, engine, parser.value(openRun));
    QString path = parser.positionalArguments().value(0);
    if (parser.isSet(example))
        path = examplePath(parser.value(example));
    if (!path.isEmpty()) {
        if (!window.openFile(path))
            Logging::logger()->warn("cannot open {}", QDir::toNativeSeparators(path).toStdString());
    }
    window.show();
    if (!parser.isSet(screenshot)) {
        // Unsaved work of a session that crashed is offered before anything else.
        QTimer::singleShot(0, &window, [&window] { window.files()->offerRecovery(); });
    }

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        // Let layouts, fonts, the auto-layout and the overview map settle before grabbing.
        QTimer::singleShot(900, &window, [&window, out] {
            const bool ok = window.grab().save(out, "PNG");
            if (!ok)
                Logging::logger()->error("cannot write screenshot {}", out.toStdString());
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace ps
