// Declarative registration of the C++ the QML binds to: one foreign singleton per controller.
#pragma once

#include "terminal/app/screens/accesscontroller.h"
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/printcontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"
#include "terminal/app/services/syncservice.h"

#include <QJSEngine>
#include <QtQml/qqml.h>

namespace checkin::ui {

/// One instance per kiosk, set by registerBackend() before any engine loads; create() hands it to
/// every engine without giving it away (the KioskApp owns it).
template <typename T> struct BackendInstance
{
    static inline T *instance = nullptr;
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(instance, "Checkin.Backend", "registerBackend() must run before the QML loads");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
};

struct KioskForeign : BackendInstance<app::KioskController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::KioskController)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
};

struct LanguageForeign : BackendInstance<app::LanguageController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
};

struct PinForeign : BackendInstance<app::PinController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::PinController)
    QML_NAMED_ELEMENT(Pin)
    QML_SINGLETON
};

struct LookupForeign : BackendInstance<app::LookupController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::LookupController)
    QML_NAMED_ELEMENT(Lookup)
    QML_SINGLETON
};

struct StaffSearchForeign : BackendInstance<app::StaffSearchController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::StaffSearchController)
    QML_NAMED_ELEMENT(StaffSearch)
    QML_SINGLETON
};

struct FiguresForeign : BackendInstance<app::FiguresController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::FiguresController)
    QML_NAMED_ELEMENT(Figures)
    QML_SINGLETON
};

struct TechnicianForeign : BackendInstance<app::TechnicianController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::TechnicianController)
    QML_NAMED_ELEMENT(Technician)
    QML_SINGLETON
};

struct AccessForeign : BackendInstance<app::AccessController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::AccessController)
    QML_NAMED_ELEMENT(Access)
    QML_SINGLETON
};

struct PrintForeign : BackendInstance<app::PrintController>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::PrintController)
    QML_NAMED_ELEMENT(Print)
    QML_SINGLETON
};

struct SyncForeign : BackendInstance<app::SyncService>
{
    Q_GADGET
    QML_FOREIGN(checkin::app::SyncService)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
};

} // namespace checkin::ui
