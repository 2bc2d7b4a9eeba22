// Registers the controllers the QML binds to, as singletons of the "Checkin.Backend" module.
#pragma once

namespace checkin::app {
class KioskController;
class LanguageController;
class PinController;
class LookupController;
class StaffSearchController;
class FiguresController;
class TechnicianController;
} // namespace checkin::app

namespace checkin::ui {

/// Non-owning; every pointer must outlive the QML engine.
struct Backend
{
    app::KioskController *kiosk = nullptr;
    app::LanguageController *language = nullptr;
    app::PinController *pin = nullptr;
    app::LookupController *lookup = nullptr;
    app::StaffSearchController *staffSearch = nullptr;
    app::FiguresController *figures = nullptr;
    app::TechnicianController *technician = nullptr;
};

/// Registers Kiosk, Language, Pin, Lookup, StaffSearch, Figures and Technician (no context
/// properties), and sets the application font whose glyph coverage the screenshot tests check.
void registerBackend(const Backend &backend);

} // namespace checkin::ui
