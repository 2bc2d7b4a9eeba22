// Backend registration: one place for the names QML imports.
#include "qml/backend.h"

#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>

namespace checkin::ui {

void registerBackend(const Backend &b)
{
    const char *uri = "Checkin.Backend";
    qmlRegisterSingletonInstance(uri, 1, 0, "Kiosk", b.kiosk);
    qmlRegisterSingletonInstance(uri, 1, 0, "Language", b.language);
    qmlRegisterSingletonInstance(uri, 1, 0, "Pin", b.pin);
    qmlRegisterSingletonInstance(uri, 1, 0, "Lookup", b.lookup);
    qmlRegisterSingletonInstance(uri, 1, 0, "StaffSearch", b.staffSearch);
    qmlRegisterSingletonInstance(uri, 1, 0, "Figures", b.figures);
    qmlRegisterSingletonInstance(uri, 1, 0, "Technician", b.technician);
    // DejaVu Sans covers Latin, Turkish, Cyrillic, Arabic and the verdict symbols (fonts-dejavu-core).
    QFont font(QStringLiteral("DejaVu Sans"));
    QGuiApplication::setFont(font);
}

} // namespace checkin::ui
