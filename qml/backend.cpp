// Backend registration and loading: the one place that joins the KioskApp and the QML.
#include "qml/backend.h"

#include "qml/backendtypes.h"
#include "qml/previewprovider.h"
#include "qml/ticketcodeprovider.h"
#include "terminal/app/kioskapp.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)
Q_IMPORT_QML_PLUGIN(Checkin_BackendPlugin)

namespace checkin::ui {

void registerBackend(app::KioskApp &app)
{
    KioskForeign::instance = &app.kiosk();
    LanguageForeign::instance = &app.language();
    PinForeign::instance = &app.pin();
    LookupForeign::instance = &app.lookup();
    StaffSearchForeign::instance = &app.staffSearch();
    FiguresForeign::instance = &app.figures();
    TechnicianForeign::instance = &app.technician();
    SyncForeign::instance = &app.sync();
    AccessForeign::instance = &app.access();
    PrintForeign::instance = &app.print();
    // DejaVu Sans covers Latin, Turkish, Cyrillic, Arabic and the verdict symbols (fonts-dejavu-core).
    QGuiApplication::setFont(QFont(QStringLiteral("DejaVu Sans")));
}

void attachEngine(QQmlEngine &engine, app::KioskApp &app)
{
    auto &scanner = app.scanner();
    engine.addImageProvider(
        QStringLiteral("preview"), new PreviewProvider([&scanner] { return scanner.preview(); }));
    engine.addImageProvider(QStringLiteral("ticketcode"), new TicketCodeProvider);
    QObject::connect(
        &app.language(), &app::LanguageController::languageChanged, &engine, &QQmlEngine::retranslate);
}

bool loadKiosk(QQmlApplicationEngine &engine, app::KioskApp &app)
{
    attachEngine(engine, app);
    engine.load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
    return !engine.rootObjects().isEmpty();
}

} // namespace checkin::ui
