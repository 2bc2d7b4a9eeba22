// checkin-terminal: the kiosk. Composition root: builds the services, connects them, starts QML.
#include "terminal/app/kioskcontroller.h"
#include "terminal/app/scannerservice.h"
#include "terminal/app/storeservice.h"
#include "terminal/app/syncservice.h"
#include "terminal/app/watchdog.h"
#include "terminal/core/config.h"
#include "terminal/core/demokit.h"
#include "terminal/main/demorecorder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdlib>
#include <fstream>
#include <iostream>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)

using namespace checkin;

namespace {

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char **argv)
{
    // Without a display the demo runs offscreen, once, and writes screenshots.
    const bool headless = !hasDisplay() && !std::getenv("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("checkin-terminal"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CHECKIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vaccination-center check-in kiosk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("kiosk config (TOML)"),
        QStringLiteral("path"), QStringLiteral("/etc/checkin/kiosk.toml"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QStringLiteral("cache and outbox directory"),
        QStringLiteral("dir"), QStringLiteral("/var/lib/checkin"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QStringLiteral("run on the embedded demo data and synthetic camera"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"),
        QStringLiteral("staff or self-service (overrides config)"), QStringLiteral("mode"));
    const QCommandLineOption shotsOpt(
        QStringLiteral("shots"), QStringLiteral("write a PNG of every screen here"), QStringLiteral("dir"));
    const QCommandLineOption onceOpt(
        QStringLiteral("once"), QStringLiteral("play the demo feed once, then exit"));
    parser.addOptions({configOpt, dataOpt, demoOpt, modeOpt, shotsOpt, onceOpt});
    parser.process(app);

    const bool demo = parser.isSet(demoOpt);
    const bool once = parser.isSet(onceOpt) || (demo && headless);

    core::KioskConfig config;
    QString setupProblem;
    if (!demo) {
        auto loaded = core::loadConfig(parser.value(configOpt).toStdString());
        if (loaded)
            config = *loaded;
        else
            setupProblem = QString::fromStdString(
                (loaded.error().key.empty() ? std::string() : loaded.error().key + ": ")
                + loaded.error().message);
    }
    if (parser.isSet(modeOpt))
        config.mode = parser.value(modeOpt) == QStringLiteral("self-service") ? core::KioskMode::SelfService
                                                                              : core::KioskMode::Staff;
    qputenv("TZ", QByteArray::fromStdString(config.timeZone));
    tzset();

    auto clock = std::make_shared<core::SystemClock>();
    QString dataDir = parser.value(dataOpt);
    std::string databasePath = QDir(dataDir).filePath(QStringLiteral("cache.sqlite")).toStdString();
    std::string cameraSource = config.cameraSource;
    std::vector<core::demo::Arrival> arrivals;
    if (demo) {
        if (!parser.isSet(dataOpt))
            dataDir = QDir::temp().filePath(QStringLiteral("checkin-demo"));
        auto kit = core::demo::prepareKit(dataDir.toStdString(), config.policy.centerId, clock->now());
        if (!kit) {
            std::cerr << "checkin-terminal: demo: " << kit.error() << "\n";
            return 2;
        }
        databasePath = kit->databasePath;
        kit->applyTo(config.policy);
        cameraSource = kit->videoPath;
        arrivals = kit->arrivals;
    } else if (setupProblem.isEmpty()) {
        QDir().mkpath(dataDir);
    }

    app::KioskController controller(config);
    app::StoreService store(databasePath, config.policy, clock);
    scanner::ScanWorker::Options scanOptions;
    scanOptions.source = cameraSource;
    scanOptions.capture.width = config.cameraWidth;
    scanOptions.capture.height = config.cameraHeight;
    scanOptions.capture.fps = demo ? 15 : config.cameraFps;
    scanOptions.capture.paced = true;
    scanOptions.loop = demo && !once;
    app::ScannerService scannerService(scanOptions);
    app::Watchdog watchdog;
    terminal::DemoRecorder recorder(controller, parser.value(shotsOpt), arrivals, once && demo);

    QObject::connect(
        &scannerService, &app::ScannerService::codeDecoded, &store, &app::StoreService::submitScan);
    QObject::connect(&scannerService, &app::ScannerService::cameraStateChanged, &controller,
        &app::KioskController::setCameraState);
    QObject::connect(&scannerService, &app::ScannerService::cameraStateChanged, &recorder,
        [&recorder](int state, const QString &) {
            if (state == static_cast<int>(scanner::CameraState::Ended))
                recorder.onFeedEnded();
        });
    QObject::connect(
        &store, &app::StoreService::verdictReady, &controller, &app::KioskController::showVerdict);
    QObject::connect(&store, &app::StoreService::verdictReady, &recorder, &terminal::DemoRecorder::onVerdict);
    QObject::connect(&store, &app::StoreService::storeOpened, &controller, [&](qint64 count) {
        controller.showScanScreen();
        std::cerr << "checkin-terminal: ready center=" << config.centerName << " appointments=" << count
                  << "\n";
        watchdog.notifyReady(QStringLiteral("ready"));
        scannerService.start();
    });
    QObject::connect(&store, &app::StoreService::storeFailed, &controller, [&](const QString &detail) {
        controller.showSetupProblem(QStringLiteral("The local database cannot be used: ") + detail);
        std::cerr << "checkin-terminal: setup-required: database: " << detail.toStdString() << "\n";
        watchdog.notifyReady(QStringLiteral("setup-required"));
    });

    // Sync runs only when a hub is configured; without one the kiosk works from its cache alone.
    std::unique_ptr<app::SyncService> syncService;
    if (!config.syncUrl.empty() && !demo) {
        std::string token;
        std::ifstream tokenFile(config.syncTokenFile);
        std::getline(tokenFile, token);
        syncService
            = std::make_unique<app::SyncService>(app::SyncService::Options{databasePath, config.syncUrl,
                                                     token, config.policy.centerId, CHECKIN_VERSION},
                clock);
        QObject::connect(
            &store, &app::StoreService::storeOpened, syncService.get(), &app::SyncService::start);
        QObject::connect(
            &store, &app::StoreService::verdictReady, syncService.get(), &app::SyncService::wake);
        qmlRegisterSingletonInstance("Checkin.Backend", 1, 0, "Sync", syncService.get());
    }
    qmlRegisterSingletonInstance("Checkin.Backend", 1, 0, "Kiosk", &controller);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::cerr << "checkin-terminal: the user interface failed to load\n";
        return 3;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    recorder.setWindow(window);
    if (!headless && !demo && window)
        window->showFullScreen();

    if (!setupProblem.isEmpty()) {
        controller.showSetupProblem(setupProblem);
        std::cerr << "checkin-terminal: setup-required: " << setupProblem.toStdString() << "\n";
        // Ready from systemd's point of view: the kiosk runs and shows what is wrong; no crash loop.
        watchdog.notifyReady(QStringLiteral("setup-required"));
    } else {
        store.start();
    }
    return QGuiApplication::exec();
}
