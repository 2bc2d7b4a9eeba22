// KioskUi: the real KioskApp and the real QML, rendered offscreen, for the UI tests.
#pragma once

#include "qml/backend.h"
#include "terminal/app/kioskapp.h"
#include "terminal/app/services/speechoutput.h"
#include "terminal/core/clock.h"
#include "tests/support/tempdir.h"
#include "tests/ui/scriptedlookup.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <memory>

namespace checkin::uitest {

/// Speech output that keeps what it was asked to say (speech_test also speaks to the real engine).
struct RecordingSpeech : app::SpeechOutput
{
    struct Said
    {
        QString text;
        QString language;
    };
    void say(const QString &text, const QString &language) override { said.push_back({text, language}); }
    void stop() override { ++stops; }
    std::vector<Said> said;
    int stops = 0;
};

/// The kiosk's own composition (app::KioskApp, as checkin-terminal builds it), its controllers
/// registered for the real Main.qml through the real registration. Only the seams differ: a
/// manual clock, speech that is recorded instead of spoken and, unless `withLookup` is false, a
/// scripted lookup back end. The printer is real: `printerUri` names one the test started (empty:
/// none configured). The app is not started (no store, camera or sync): tests drive the screens
/// through the controllers.
struct KioskUi
{
    explicit KioskUi(core::KioskMode mode, bool withLookup = true, const QString &printerUri = {})
    {
        clock = std::make_shared<core::ManualClock>(
            std::chrono::system_clock::time_point(std::chrono::seconds(1796000000)));
        lookupBackend.appointments = {annaMueller()};
        app::KioskApp::Options options;
        options.config.mode = mode;
        options.config.centerName = "Impfzentrum Saarbrücken";
        options.config.printerUri = printerUri.toStdString();
        options.databasePath = dir.file("cache.sqlite");
        options.dataDir = QString::fromStdString(dir.path().string());
        options.staffPin = QStringLiteral("2468");
        options.version = QStringLiteral("0.1.0");
        config = options.config;
        app::KioskApp::Seams seams;
        seams.clock = clock;
        seams.lookup = withLookup ? &lookupBackend : nullptr;
        seams.speech = &speech;
        app = std::make_unique<app::KioskApp>(options, seams);
        kiosk = &app->kiosk();
        language = &app->language();
        pin = &app->pin();
        lookup = &app->lookup();
        staffSearch = &app->staffSearch();
        figures = &app->figures();
        technician = &app->technician();
        access = &app->access();
        print = &app->print();
        slipPrinter = &app->slipPrinter();
        ui::registerBackend(*app);
        engine = std::make_unique<QQmlApplicationEngine>();
        if (ui::loadKiosk(*engine, *app))
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

    testing::TempDir dir;
    core::KioskConfig config;
    std::shared_ptr<core::ManualClock> clock;
    ScriptedLookup lookupBackend;
    RecordingSpeech speech;
    std::unique_ptr<app::KioskApp> app;
    app::KioskController *kiosk = nullptr;
    app::LanguageController *language = nullptr;
    app::PinController *pin = nullptr;
    app::LookupController *lookup = nullptr;
    app::StaffSearchController *staffSearch = nullptr;
    app::FiguresController *figures = nullptr;
    app::TechnicianController *technician = nullptr;
    app::AccessController *access = nullptr;
    app::PrintController *print = nullptr;
    app::SlipPrinter *slipPrinter = nullptr;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

} // namespace checkin::uitest
