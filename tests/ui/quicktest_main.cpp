// QtQuickTest runner for tests/ui/qml (self-service) and tests/ui/qml-staff (staff mode, built with
// CHECKIN_QML_STAFF): the kiosk's own KioskApp registered for the real Main.qml.
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
    uitest::ScriptedLookup *backend = nullptr;
    /// The idle timer ran out.
    Q_INVOKABLE void simulateIdle() { kiosk->idleTimeout(); }
    /// The rules at the store: a scan of Anna Müller's code got this verdict (a reason key).
    Q_INVOKABLE void scanGets(const QString &reasonKey)
    {
        for (int r = 0; r < 100; ++r)
            if (reasonKey == QLatin1String(core::reasonKey(static_cast<core::Reason>(r))))
                kiosk->showScannedVerdict(uitest::verdictFor(static_cast<core::Reason>(r)));
    }
    /// The rules at the store: a staff check-in from the search gets this verdict.
    Q_INVOKABLE void checkInGets(const QString &reasonKey)
    {
        for (int r = 0; r < 100; ++r)
            if (reasonKey == QLatin1String(core::reasonKey(static_cast<core::Reason>(r))))
                backend->admitReason = static_cast<core::Reason>(r);
    }
    Q_INVOKABLE int overrides() const { return static_cast<int>(backend->overridden.size()); }
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
#ifdef CHECKIN_QML_STAFF
        options.config.mode = core::KioskMode::Staff;
#else
        options.config.mode = core::KioskMode::SelfService;
#endif
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
        hooks.backend = &backend;
        ui::registerBackend(*kioskApp);
        kioskApp->kiosk().showScanScreen();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        qmlRegisterSingletonInstance("CheckinTest", 1, 0, "TestHooks", &hooks);
        engine->addImportPath(QStringLiteral("qrc:/"));
        ui::attachEngine(*engine, *kioskApp);
    }

    /// After the last test file, while the application still exists: the kiosk's worker threads end
    /// and are freed here, not after QGuiApplication is gone (LeakSanitizer saw them outlive it).
    void cleanupTestCase()
    {
        hooks.kiosk = nullptr;
        hooks.pin = nullptr;
        kioskApp.reset();
    }

private:
    testing::TempDir dir;
    std::shared_ptr<core::ManualClock> clock;
    uitest::ScriptedLookup backend;
    std::unique_ptr<app::KioskApp> kioskApp;
    TestHooks hooks;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest_main.moc"
