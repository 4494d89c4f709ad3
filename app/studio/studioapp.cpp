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
#include "studiooptions.h"
#include "themeswitcher.h"
#include "runsmodel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
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

bool StudioApp::wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--screenshot" || arg.startsWith("--screenshot="))
            return true;
    }
    return false;
}

QString StudioApp::examplePath(const QString &name)
{
    return QStringLiteral(":/examples/%1.pstudio.yaml").arg(name);
}

void StudioApp::prepare()
{
    QCoreApplication::setApplicationName(QStringLiteral("Pipeline Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("PipelineStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PS_VERSION));
    new AppTranslations(QCoreApplication::instance());
}

int StudioApp::run(int argc, char *argv[])
{
    // --help, --version and bad arguments are answered before a window system is needed.
    const int answered = StudioOptions::answerWithoutDisplay(argc, argv, &StudioApp::prepare);
    if (answered >= 0)
        return answered;
    // A screenshot needs no screen: without a display it is drawn on the offscreen platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    prepare();
    QApplication::setDesktopFileName(QStringLiteral("io.pipelinestudio.PipelineStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.pipelinestudio.PipelineStudio.svg")));

    StudioOptions options;
    options.process(app);
    const QCommandLineParser &parser = options.parser;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &example = options.example;
    const QCommandLineOption &openRun = options.openRun;
    Logging::init(parser.isSet(options.verbose));
    // --theme for this start only; View ▸ Theme remembers a choice.
    const std::optional<ThemeSwitcher::Choice> theme = ThemeSwitcher::choiceFromName(parser.value(options.theme));
    ThemeSwitcher::instance()->setChoice(theme.value_or(ThemeSwitcher::storedChoice()), false);

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
    QAction *connections = window.runMenu()->addAction(QIcon::fromTheme(QStringLiteral("network-server")), QApplication::translate("StudioApp", "Cluster &Connections…"));
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
