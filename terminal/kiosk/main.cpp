// checkin-terminal: the kiosk. Composition root: builds the services, connects them, starts QML.
#include "qml/backend.h"
#include "qml/previewprovider.h"
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/soundcues.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"
#include "terminal/app/services/scannerservice.h"
#include "terminal/app/services/storelookupbackend.h"
#include "terminal/app/services/storeservice.h"
#include "terminal/app/services/syncservice.h"
#include "terminal/app/services/watchdog.h"
#include "terminal/core/config.h"
#include "terminal/demo/demokit.h"
#include "terminal/demo/demorecorder.h"
#include "terminal/demo/framebench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
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

// The staff PIN: the first line of the PIN file (root-readable on the image); the demo's is 1234.
QString readStaffPin(const QString &path, bool demo)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readLine()).trimmed();
    return demo ? QStringLiteral("1234") : QString();
}

} // namespace

int main(int argc, char **argv)
{
    // Without a display the demo runs offscreen, once, and writes screenshots.
    const bool headless = !hasDisplay() && !std::getenv("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // The on-screen keyboard, drawn inside the kiosk window (not a desktop window of its own).
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
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
    const QCommandLineOption pinOpt(QStringLiteral("staff-pin-file"),
        QStringLiteral("file whose first line is the staff PIN"), QStringLiteral("path"),
        QStringLiteral("/etc/checkin/staff-pin"));
    const QCommandLineOption benchOpt(QStringLiteral("bench-frames"),
        QStringLiteral("benchmark: frame times of the scan screen with the preview and the scanner running "
                       "(use with --demo)"),
        QStringLiteral("seconds"));
    parser.addOptions({configOpt, dataOpt, demoOpt, modeOpt, shotsOpt, onceOpt, pinOpt, benchOpt});
    parser.process(app);

    const bool demo = parser.isSet(demoOpt);
    const int benchSeconds = parser.isSet(benchOpt) ? std::max(1, parser.value(benchOpt).toInt()) : 0;
    const bool once = benchSeconds == 0 && (parser.isSet(onceOpt) || (demo && headless));

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
    app::LanguageController language(QString::fromStdString(config.language));
    app::PinController pin(readStaffPin(parser.value(pinOpt), demo), clock);
    app::StoreService store(databasePath, config.policy, clock);
    // Lookups and on-site resolution run on the store thread; a self-service kiosk acts for nobody.
    app::StoreLookupBackend storeLookup(store,
        config.mode == core::KioskMode::Staff ? app::StoreLookupBackend::Audience::Staff
                                              : app::StoreLookupBackend::Audience::SelfService,
        config.mode == core::KioskMode::Staff ? "staff@" + config.policy.kioskId : std::string());
    app::LookupBackend *lookupBackend = &storeLookup;
    app::LookupController lookup(lookupBackend, clock);
    app::StaffSearchController staffSearch(lookupBackend, {config.searchNames, config.searchNameSeconds});
    app::FiguresController figures;
    app::TechnicianController technician(
        config, QStringLiteral(CHECKIN_VERSION), dataDir, QString::fromStdString(databasePath));
    if (!headless) {
        const auto cues = app::writeCueFiles(QDir::temp().filePath(QStringLiteral("checkin-sounds")));
        controller.setSounds({cues.passUrl, cues.rejectUrl});
    }
    scanner::ScanWorker::Options scanOptions;
    scanOptions.source = cameraSource;
    scanOptions.capture.width = config.cameraWidth;
    scanOptions.capture.height = config.cameraHeight;
    scanOptions.capture.fps = demo ? 15 : config.cameraFps;
    scanOptions.capture.paced = true;
    scanOptions.loop = demo && !once;
    app::ScannerService scannerService(scanOptions);
    technician.setScanStats([&scannerService] { return scannerService.stats(); });
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
    if (benchSeconds == 0) // the benchmark measures the scan screen: verdicts keep it
        QObject::connect(
            &store, &app::StoreService::verdictReady, &controller, &app::KioskController::showVerdict);
    // The figures are counted from the cache on the store thread, again after every stored decision.
    QObject::connect(
        &figures, &app::FiguresController::figuresRequested, &store, &app::StoreService::requestFigures);
    QObject::connect(&store, &app::StoreService::figuresReady, &figures, &app::FiguresController::setFigures);
    QObject::connect(&store, &app::StoreService::verdictReady, &store, &app::StoreService::requestFigures);
    QObject::connect(&store, &app::StoreService::storeOpened, &store, &app::StoreService::requestFigures);
    QObject::connect(
        &store, &app::StoreService::storeOpened, &technician, &app::TechnicianController::setDatabaseOpened);
    QObject::connect(
        &store, &app::StoreService::storeFailed, &technician, &app::TechnicianController::setDatabaseFailed);
    QObject::connect(&scannerService, &app::ScannerService::codeDecoded, &technician,
        &app::TechnicianController::countDecode);
    // Screen logic between the controllers: idle reset, PIN, verdict language, lookup results.
    QObject::connect(
        &controller, &app::KioskController::idleReset, &language, &app::LanguageController::resetToDefault);
    QObject::connect(&controller, &app::KioskController::idleReset, &pin, &app::PinController::lock);
    QObject::connect(&controller, &app::KioskController::idleReset, &lookup, &app::LookupController::reset);
    QObject::connect(
        &controller, &app::KioskController::idleReset, &staffSearch, &app::StaffSearchController::reset);
    QObject::connect(&controller, &app::KioskController::staffAreaLeft, &pin, &app::PinController::lock);
    QObject::connect(
        &pin, &app::PinController::unlockedChanged, &controller, &app::KioskController::setStaffUnlocked);
    QObject::connect(&controller, &app::KioskController::verdictLanguageRequested, &language,
        &app::LanguageController::showVerdictIn);
    QObject::connect(&controller, &app::KioskController::verdictDismissed, &language,
        &app::LanguageController::endVerdict);
    QObject::connect(
        &controller, &app::KioskController::lookupOpened, &lookup, &app::LookupController::startOver);
    QObject::connect(
        &lookup, &app::LookupController::verdictReady, &controller, &app::KioskController::showVerdict);
    QObject::connect(&staffSearch, &app::StaffSearchController::verdictReady, &controller,
        &app::KioskController::showSearchVerdict);
    QObject::connect(&staffSearch, &app::StaffSearchController::checkInAnnulled, &controller,
        &app::KioskController::dismissVerdict);
    for (auto *source : {static_cast<QObject *>(&lookup), static_cast<QObject *>(&staffSearch)})
        QObject::connect(source, SIGNAL(verdictReady(checkin::core::Verdict)), &figures, SLOT(refresh()));
    QObject::connect(&staffSearch, &app::StaffSearchController::checkInAnnulled, &figures,
        &app::FiguresController::refresh);
    app.installEventFilter(&controller);
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
        QObject::connect(syncService.get(), &app::SyncService::clockOffsetMeasured, &store,
            &app::StoreService::reportHubClock);
        technician.setSync(syncService.get());
        qmlRegisterSingletonInstance("Checkin.Backend", 1, 0, "Sync", syncService.get());
    }
    ui::registerBackend({&controller, &language, &pin, &lookup, &staffSearch, &figures, &technician});
    QQmlApplicationEngine engine;
    engine.addImageProvider(QStringLiteral("preview"),
        new ui::PreviewProvider([&scannerService] { return scannerService.preview(); }));
    QObject::connect(&language, &app::LanguageController::languageChanged, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::cerr << "checkin-terminal: the user interface failed to load\n";
        return 3;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    recorder.setWindow(window);
    // Kiosk: full screen and no window frame to close; only the demo on a desktop gets a window.
    if (!headless && !demo && window)
        window->showFullScreen();
    std::vector<terminal::DemoRecorder::TourStep> tour{
        {QStringLiteral("scan-ar"),
            [&] {
                controller.showScanScreen();
                language.setLanguage(QStringLiteral("ar"));
            }},
        {QStringLiteral("scan-tr"), [&] { language.setLanguage(QStringLiteral("tr")); }},
        {controller.isStaff() ? QStringLiteral("search") : QStringLiteral("lookup"),
            [&] {
                language.resetToDefault();
                if (controller.isStaff())
                    controller.openSearch();
                else
                    controller.openLookup();
            }},
        // On-site resolution (README "At the entrance"): a staff search by name and a check-in by
        // lookup; then a person nobody can find gets a clearing ticket.
        {controller.isStaff() ? QStringLiteral("search-results") : QStringLiteral("lookup-typed"),
            [&] {
                if (controller.isStaff())
                    staffSearch.search(QStringLiteral("müller"));
                else
                    lookup.search(QStringLiteral("Nowak-Kowalczyk"), QStringLiteral("01.01.1931"));
            }},
        {controller.isStaff() ? QStringLiteral("search-checked-in") : QStringLiteral("lookup-not-found"),
            [&] {
                if (controller.isStaff() && !staffSearch.results().isEmpty())
                    staffSearch.checkIn(
                        staffSearch.results().constFirst().toMap().value(QStringLiteral("id")).toLongLong(),
                        true);
            }},
        {QStringLiteral("pin"), [&] { controller.openStaffArea(); }},
        {QStringLiteral("figures"),
            [&] {
                for (const QChar c : readStaffPin(parser.value(pinOpt), demo))
                    pin.appendDigit(c.digitValue());
                pin.submit();
            }},
        {QStringLiteral("technician"), [&] { controller.openStaffPage(QStringLiteral("technician")); }},
    };
    if (!controller.isStaff()) // staff open clearing cases on the hub's help-desk page
        tour.insert(tour.begin() + 5, {QStringLiteral("clearing-ticket"), [&] { lookup.requestTicket(); }});
    recorder.setTour(std::move(tour));
    std::unique_ptr<terminal::FrameBench> bench;
    if (benchSeconds > 0 && window) {
        bench = std::make_unique<terminal::FrameBench>(
            window, benchSeconds, [&scannerService] { scannerService.stop(); });
        QObject::connect(&scannerService, &app::ScannerService::codeDecoded, bench.get(),
            [&bench] { bench->countDecode(); });
        QObject::connect(&controller, &app::KioskController::previewSerialChanged, bench.get(),
            [&bench] { bench->countPreview(); });
        QObject::connect(&store, &app::StoreService::storeOpened, bench.get(), [&bench] { bench->start(); });
    }

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
