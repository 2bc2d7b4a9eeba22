// checkin-terminal: the kiosk. Reads the config, builds the KioskApp, loads the QML; decides nothing.
#include "qml/backend.h"
#include "terminal/app/kioskapp.h"
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
#include <cstdlib>
#include <fstream>
#include <iostream>

using namespace checkin;

namespace {

bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
}

/// The first line of a file (the staff PIN, the sync token), trimmed; empty when unreadable.
std::string firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().toStdString();
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
    QGuiApplication application(argc, argv);
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
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
        QStringLiteral("start up offscreen, report whether the kiosk reached its first screen, and quit"));
    parser.addOptions(
        {configOpt, dataOpt, demoOpt, modeOpt, shotsOpt, onceOpt, pinOpt, benchOpt, selfTestOpt});
    parser.process(application);

    const bool demo = parser.isSet(demoOpt);
    const bool selfTest = parser.isSet(selfTestOpt);
    const int benchSeconds = parser.isSet(benchOpt) ? std::max(1, parser.value(benchOpt).toInt()) : 0;
    const bool once = benchSeconds == 0 && (parser.isSet(onceOpt) || (demo && headless));

    app::KioskApp::Options options;
    if (!demo) {
        auto loaded = core::loadConfig(parser.value(configOpt).toStdString());
        if (loaded)
            options.config = *loaded;
        else
            options.setupProblem = QString::fromStdString(core::describe(loaded.error()));
    }
    if (parser.isSet(modeOpt)) {
        const QString mode = parser.value(modeOpt);
        if (mode == QStringLiteral("self-service"))
            options.config.mode = core::KioskMode::SelfService;
        else if (mode == QStringLiteral("staff"))
            options.config.mode = core::KioskMode::Staff;
        else {
            std::cerr << "checkin-terminal: --mode must be staff or self-service\n";
            return 2;
        }
    }
    qputenv("TZ", QByteArray::fromStdString(options.config.timeZone));
    tzset();

    QString dataDir = parser.value(dataOpt);
    options.databasePath = QDir(dataDir).filePath(QStringLiteral("cache.sqlite")).toStdString();
    std::vector<core::demo::Arrival> arrivals;
    if (demo) {
        if (!parser.isSet(dataOpt))
            dataDir = QDir::temp().filePath(QStringLiteral("checkin-demo"));
        auto kit = core::demo::prepareKit(
            dataDir.toStdString(), options.config.policy.centerId, std::chrono::system_clock::now());
        if (!kit) {
            std::cerr << "checkin-terminal: demo: " << kit.error() << "\n";
            return 2;
        }
        options.databasePath = kit->databasePath;
        kit->applyTo(options.config.policy);
        options.config.centerName = "Impfzentrum Saarbrücken (Demo)";
        options.config.cameraSource = kit->videoPath;
        options.cameraFps = 15;
        options.loopCamera = !once;
        options.staffPin = QString::fromLatin1(core::demo::kStaffPin);
        arrivals = kit->arrivals;
    } else {
        options.staffPin = QString::fromStdString(firstLine(parser.value(pinOpt)));
        if (options.setupProblem.isEmpty()) {
            QDir().mkpath(dataDir);
            if (!options.config.syncUrl.empty())
                options.syncToken = firstLine(QString::fromStdString(options.config.syncTokenFile));
        }
    }
    options.dataDir = dataDir;
    options.version = QStringLiteral(CHECKIN_VERSION);
    if (!headless)
        options.soundDir = QDir::temp().filePath(QStringLiteral("checkin-sounds"));

    app::KioskApp kiosk(options);
    ui::registerBackend(kiosk);
    QQmlApplicationEngine engine;
    if (!ui::loadKiosk(engine, kiosk)) {
        std::cerr << "checkin-terminal: the user interface failed to load\n";
        return 3;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Kiosk: full screen and no window frame to close; only the demo on a desktop gets a window.
    if (!headless && !demo && !selfTest && window)
        window->showFullScreen();

    if (selfTest) {
        // Passes when the kiosk reached its first real screen: scanning, or the setup screen that
        // says what is wrong. A wiring mistake that stops it on "starting" fails.
        QObject::connect(&kiosk.kiosk(), &app::KioskController::screenChanged, &application, [&kiosk] {
            const QString screen = kiosk.kiosk().screen();
            if (screen == QStringLiteral("scan") || screen == QStringLiteral("setup")) {
                std::cerr << "checkin-terminal: self-test: reached " << screen.toStdString() << "\n";
                // Queued: the setup screen shows before the event loop runs, and exit() needs it.
                QMetaObject::invokeMethod(
                    qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            }
        });
        QTimer::singleShot(30000, &application, [] {
            std::cerr << "checkin-terminal: self-test: no first screen within 30 s\n";
            QCoreApplication::exit(1);
        });
    }

    std::unique_ptr<terminal::DemoRecorder> recorder;
    if (demo && !selfTest && benchSeconds == 0) {
        recorder = std::make_unique<terminal::DemoRecorder>(kiosk, parser.value(shotsOpt), arrivals, once);
        recorder->setWindow(window);
    }
    std::unique_ptr<terminal::FrameBench> bench;
    if (benchSeconds > 0 && window) {
        // The benchmark measures the scan screen: verdicts must not replace it.
        QObject::disconnect(&kiosk.store(), &app::StoreService::verdictReady, &kiosk.kiosk(),
            &app::KioskController::showScannedVerdict);
        bench = std::make_unique<terminal::FrameBench>(
            window, benchSeconds, [&kiosk] { kiosk.scanner().stop(); });
        QObject::connect(&kiosk.scanner(), &app::ScannerService::codeDecoded, bench.get(),
            [&bench] { bench->countDecode(); });
        QObject::connect(&kiosk.kiosk(), &app::KioskController::previewSerialChanged, bench.get(),
            [&bench] { bench->countPreview(); });
        QObject::connect(&kiosk, &app::KioskApp::ready, bench.get(), [&bench] { bench->start(); });
    }
    kiosk.start();
    return QGuiApplication::exec();
}
