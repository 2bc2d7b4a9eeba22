// QtQuickTest runner for tests/ui/qml (self-service) and tests/ui/qml-staff (staff mode, built with
// CHECKIN_QML_STAFF): the real controllers registered for the real Main.qml.
#include "qml/backend.h"
#include "qml/previewprovider.h"
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"
#include "tests/ui/scriptedlookup.h"

#include <QDir>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)

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
                kiosk->showVerdict(uitest::verdictFor(static_cast<core::Reason>(r)));
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
        core::KioskConfig config;
#ifdef CHECKIN_QML_STAFF
        config.mode = core::KioskMode::Staff;
#else
        config.mode = core::KioskMode::SelfService;
#endif
        config.centerName = "Impfzentrum Test";
        clock = std::make_shared<core::ManualClock>(
            std::chrono::system_clock::time_point(std::chrono::seconds(1796000000)));
        backend.appointments = {uitest::annaMueller()};
        kiosk = std::make_unique<app::KioskController>(config);
        language = std::make_unique<app::LanguageController>(QStringLiteral("de"));
        pin = std::make_unique<app::PinController>(QStringLiteral("2468"), clock);
        lookup = std::make_unique<app::LookupController>(&backend, clock);
        staffSearch = std::make_unique<app::StaffSearchController>(&backend);
        figures = std::make_unique<app::FiguresController>();
        technician = std::make_unique<app::TechnicianController>(
            config, QStringLiteral("0.1.0"), QDir::tempPath(), QString());
        QObject::connect(kiosk.get(), &app::KioskController::idleReset, language.get(),
            &app::LanguageController::resetToDefault);
        QObject::connect(kiosk.get(), &app::KioskController::idleReset, pin.get(), &app::PinController::lock);
        QObject::connect(
            kiosk.get(), &app::KioskController::idleReset, lookup.get(), &app::LookupController::reset);
        QObject::connect(
            kiosk.get(), &app::KioskController::staffAreaLeft, pin.get(), &app::PinController::lock);
        QObject::connect(pin.get(), &app::PinController::unlockedChanged, kiosk.get(),
            &app::KioskController::setStaffUnlocked);
        QObject::connect(kiosk.get(), &app::KioskController::lookupOpened, lookup.get(),
            &app::LookupController::startOver);
        QObject::connect(lookup.get(), &app::LookupController::verdictReady, kiosk.get(),
            &app::KioskController::showVerdict);
        QObject::connect(staffSearch.get(), &app::StaffSearchController::verdictReady, kiosk.get(),
            &app::KioskController::showSearchVerdict);
        QObject::connect(staffSearch.get(), &app::StaffSearchController::checkInAnnulled, kiosk.get(),
            &app::KioskController::dismissVerdict);
        hooks.kiosk = kiosk.get();
        hooks.backend = &backend;
        hooks.pin = pin.get();
        hooks.clock = clock.get();
        kiosk->showScanScreen();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        ui::registerBackend({kiosk.get(), language.get(), pin.get(), lookup.get(), staffSearch.get(),
            figures.get(), technician.get()});
        qmlRegisterSingletonInstance("CheckinTest", 1, 0, "TestHooks", &hooks);
        QObject::connect(
            language.get(), &app::LanguageController::languageChanged, engine, &QQmlEngine::retranslate);
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->addImageProvider(QStringLiteral("preview"), new ui::PreviewProvider([] {
            QImage image(640, 360, QImage::Format_Grayscale8);
            image.fill(0x80);
            return image;
        }));
    }

    void cleanupTestCase() { }

private:
    std::shared_ptr<core::ManualClock> clock;
    uitest::ScriptedLookup backend;
    std::unique_ptr<app::KioskController> kiosk;
    std::unique_ptr<app::LanguageController> language;
    std::unique_ptr<app::PinController> pin;
    std::unique_ptr<app::LookupController> lookup;
    std::unique_ptr<app::StaffSearchController> staffSearch;
    std::unique_ptr<app::FiguresController> figures;
    std::unique_ptr<app::TechnicianController> technician;
    TestHooks hooks;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "quicktest_main.moc"
