// KioskUi: the real controllers and the real QML, rendered offscreen, for the UI tests.
#pragma once

#include "qml/backend.h"
#include "qml/previewprovider.h"
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"
#include "terminal/core/clock.h"
#include "tests/ui/scriptedlookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <memory>

namespace checkin::uitest {

/// Builds and wires the controllers as terminal.cpp does, registers them and loads Main.qml.
struct KioskUi
{
    explicit KioskUi(core::KioskMode mode, bool withLookup = true)
    {
        config.mode = mode;
        config.centerName = "Impfzentrum Saarbrücken";
        clock = std::make_shared<core::ManualClock>(
            std::chrono::system_clock::time_point(std::chrono::seconds(1796000000)));
        lookupBackend.appointments = {annaMueller()};
        app::LookupBackend *backend = withLookup ? &lookupBackend : nullptr;
        kiosk = std::make_unique<app::KioskController>(config);
        language = std::make_unique<app::LanguageController>(QStringLiteral("de"));
        pin = std::make_unique<app::PinController>(QStringLiteral("2468"), clock);
        lookup = std::make_unique<app::LookupController>(backend, clock);
        staffSearch = std::make_unique<app::StaffSearchController>(backend);
        figures = std::make_unique<app::FiguresController>();
        technician = std::make_unique<app::TechnicianController>(
            config, QStringLiteral("0.1.0"), QDir::tempPath(), QStringLiteral("/nonexistent/cache.sqlite"));
        QObject::connect(kiosk.get(), &app::KioskController::idleReset, language.get(),
            &app::LanguageController::resetToDefault);
        QObject::connect(kiosk.get(), &app::KioskController::idleReset, pin.get(), &app::PinController::lock);
        QObject::connect(
            kiosk.get(), &app::KioskController::idleReset, lookup.get(), &app::LookupController::reset);
        QObject::connect(
            kiosk.get(), &app::KioskController::staffAreaLeft, pin.get(), &app::PinController::lock);
        QObject::connect(pin.get(), &app::PinController::unlockedChanged, kiosk.get(),
            &app::KioskController::setStaffUnlocked);
        QObject::connect(kiosk.get(), &app::KioskController::verdictLanguageRequested, language.get(),
            &app::LanguageController::showVerdictIn);
        QObject::connect(kiosk.get(), &app::KioskController::verdictDismissed, language.get(),
            &app::LanguageController::endVerdict);
        QObject::connect(kiosk.get(), &app::KioskController::lookupOpened, lookup.get(),
            &app::LookupController::startOver);
        QObject::connect(lookup.get(), &app::LookupController::verdictReady, kiosk.get(),
            &app::KioskController::showVerdict);
        QObject::connect(staffSearch.get(), &app::StaffSearchController::verdictReady, kiosk.get(),
            &app::KioskController::showSearchVerdict);
        QObject::connect(staffSearch.get(), &app::StaffSearchController::checkInAnnulled, kiosk.get(),
            &app::KioskController::dismissVerdict);
        ui::registerBackend({kiosk.get(), language.get(), pin.get(), lookup.get(), staffSearch.get(),
            figures.get(), technician.get()});
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImageProvider(QStringLiteral("preview"), new ui::PreviewProvider([] {
            QImage image(640, 360, QImage::Format_Grayscale8);
            image.fill(0x80);
            return image;
        }));
        QObject::connect(language.get(), &app::LanguageController::languageChanged, engine.get(),
            &QQmlEngine::retranslate);
        engine->load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
        if (!engine->rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    }
    ~KioskUi()
    {
        engine.reset(); // before the controllers it binds to
    }

    /// Lets bindings, Loaders and the scene settle, then renders once.
    QImage render()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return window ? window->grabWindow() : QImage();
    }

    /// Searches the visual tree (Repeater and Loader items have no QObject parent chain to the window).
    QQuickItem *item(const char *objectName) const
    {
        return window ? find(window->contentItem(), QString::fromLatin1(objectName)) : nullptr;
    }
    static QQuickItem *find(QQuickItem *from, const QString &name)
    {
        if (from->objectName() == name)
            return from;
        for (QQuickItem *child : from->childItems())
            if (QQuickItem *hit = find(child, name))
                return hit;
        return nullptr;
    }

    QString textOf(const char *objectName)
    {
        QCoreApplication::processEvents();
        auto *i = item(objectName);
        return i ? i->property("text").toString() : QStringLiteral("<missing>");
    }

    core::KioskConfig config;
    std::shared_ptr<core::ManualClock> clock;
    ScriptedLookup lookupBackend;
    std::unique_ptr<app::KioskController> kiosk;
    std::unique_ptr<app::LanguageController> language;
    std::unique_ptr<app::PinController> pin;
    std::unique_ptr<app::LookupController> lookup;
    std::unique_ptr<app::StaffSearchController> staffSearch;
    std::unique_ptr<app::FiguresController> figures;
    std::unique_ptr<app::TechnicianController> technician;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

} // namespace checkin::uitest
