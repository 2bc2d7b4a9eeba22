// The kiosk's controllers as the QML singletons of "Checkin.Backend", and loading the kiosk's QML.
#pragma once

class QQmlApplicationEngine;
class QQmlEngine;

namespace checkin::app {
class KioskApp;
}

namespace checkin::ui {

/// Hands the app's controllers and the sync state to the declaratively registered singletons of
/// "Checkin.Backend" (backendtypes.h) and sets the application font whose glyph coverage the
/// screenshot tests check. `app` must outlive every engine that loads the kiosk's QML.
void registerBackend(app::KioskApp &app);

/// Gives `engine` the camera preview and retranslation on language changes (the QtQuickTest runner
/// calls this for each engine it makes).
void attachEngine(QQmlEngine &engine, app::KioskApp &app);

/// attachEngine(), then loads Main.qml. False when the QML failed to load.
bool loadKiosk(QQmlApplicationEngine &engine, app::KioskApp &app);

} // namespace checkin::ui
