// QtQuickTest runner for tests/ui/qml: the kiosk's own KioskApp registered for the real Main.qml.
#include "qml/backend.h"
#include "terminal/app/kioskapp.h"
#include "tests/support/tempdir.h"
#include "tests/ui/scriptedlookup.h"

#include <QDir>
#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

using namespace checkin;

/// What a QML test may do that a person cannot: let time pass.
class TestHooks : public QObject
{
    Q_OBJECT
public:
    app::KioskController *kiosk = nullptr;
    app::PinController *pin = nullptr;
    core::ManualClock *clock = nullptr;
    /// The idle timer ran out.
    Q_INVOKABLE void simulateIdle() { kiosk->idleTimeout(); }
    Q_INVOKABLE void advanceClock(int seconds)
    {
        clock->advance(std::chrono::seconds(seconds));
        pin->refreshLockout();
    }
};

/// Builds the kiosk's own composition (app::KioskApp) over test seams: a manual clock and a
/// scripted lookup back end; the app is not started (no store, camera or sync).
class Setup : public QObject
{
    Q_OBJECT
public:
    Setup()
    {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    }

public slots:
    void applicationAvailable()
    {
        clock = std::make_shared<core::ManualClock>(
            std::chrono::system_clock::time_point(std::chrono::seconds(1796000000)));
        backend.appointments = {uitest::annaMueller()};
        app::KioskApp::Options options;
        options.config.mode = core::KioskMode::SelfService;
        options.config.centerName = "Impfzentrum Test";
        options.databasePath = dir.file("cache.sqlite");
        options.dataDir = QString::fromStdString(dir.path().string());
        options.staffPin = QStringLiteral("2468");
        options.version = QStringLiteral("0.1.0");
        app::KioskApp::Seams seams;
        seams.clock = clock;
        seams.lookup = &backend;
        kioskApp = std::make_unique<app::KioskApp>(options, seams);
        hooks.kiosk = &kioskApp->kiosk();
        hooks.pin = &kioskApp->pin();
        hooks.clock = clock.get();
        ui::registerBackend(*kioskApp);
        kioskApp->kiosk().showScanScreen();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        qmlRegisterSingletonInstance("CheckinTest", 1, 0, "TestHooks", &hooks);
        engine->addImportPath(QStringLiteral("qrc:/"));
        ui::attachEngine(*engine, *kioskApp);
    }

    void cleanupTestCase() { }

private:
    testing::TempDir dir;
    std::shared_ptr<core::ManualClock> clock;
    uitest::ScriptedLookup backend;
    std::unique_ptr<app::KioskApp> kioskApp;
    TestHooks hooks;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest_main.moc"
