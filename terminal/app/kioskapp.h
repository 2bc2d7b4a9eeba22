// KioskApp: the kiosk's composition. Every service, every screen controller, every connection.
#pragma once

#include "scanner/scanworker.h"
#include "terminal/app/screens/accesscontroller.h"
#include "terminal/app/screens/figurescontroller.h"
#include "terminal/app/screens/kioskcontroller.h"
#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/screens/lookupcontroller.h"
#include "terminal/app/screens/pincontroller.h"
#include "terminal/app/screens/printcontroller.h"
#include "terminal/app/screens/staffsearchcontroller.h"
#include "terminal/app/screens/techniciancontroller.h"
#include "terminal/app/services/headphonejack.h"
#include "terminal/app/services/scannerservice.h"
#include "terminal/app/services/slipprinter.h"
#include "terminal/app/services/speechoutput.h"
#include "terminal/app/services/storelookupbackend.h"
#include "terminal/app/services/storeservice.h"
#include "terminal/app/services/syncservice.h"
#include "terminal/app/services/texttospeech.h"
#include "terminal/app/services/watchdog.h"
#include "terminal/core/clock.h"
#include "terminal/core/config.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread. Builds the three thread facades (store, scanner, sync), the lookup
/// back end, the watchdog, the slip printer (its own thread), speech output and the headphone jack,
/// and one controller per screen, and makes every connection between them,
/// typed, here and nowhere else. The kiosk program builds it from its config; the UI tests and the
/// QtQuickTest flows build the same class and replace only the seams.
///
/// Start-up: start() shows the setup screen when the config was refused (nothing else starts), or
/// opens the store; once it is open the scan screen shows, the scanner and the sync thread start,
/// and the day close runs (then at every local midnight and whenever the synced day changes).
class KioskApp : public QObject
{
    Q_OBJECT
public:
    /// What tests replace; every empty seam is the production part.
    struct Seams
    {
        std::shared_ptr<const core::Clock> clock; ///< empty: the system clock
        LookupBackend *lookup = nullptr; ///< empty: lookups on the store thread
        scanner::ScanWorker::SourceFactory frames; ///< empty: the config's camera source
        SyncService::TransportFactory http; ///< empty: libcurl with the kiosk's token
        SpeechOutput *speech = nullptr; ///< empty: Qt TextToSpeech with the local engine (speechd)
    };
    struct Options
    {
        core::KioskConfig config;
        QString setupProblem; ///< the config's problems, one per line; non-empty: only the setup screen
        std::string databasePath;
        QString dataDir;
        QString staffPin; ///< empty: the staff area cannot be opened
        std::string syncToken;
        QString version;
        bool loopCamera = false; ///< a file source starts again at its end
        double cameraFps = 0; ///< 0: the config's
        QString soundDir; ///< where the cue WAVs are written; empty: no sound
    };

    explicit KioskApp(Options options, QObject *parent = nullptr);
    KioskApp(Options options, const Seams &seams, QObject *parent = nullptr);
    ~KioskApp() override;

    /// Shows the setup screen, or opens the store (and, once it is open, everything else).
    void start();

    const core::KioskConfig &config() const { return m_options.config; }
    KioskController &kiosk() { return m_kiosk; }
    LanguageController &language() { return m_language; }
    PinController &pin() { return m_pin; }
    LookupController &lookup() { return m_lookup; }
    StaffSearchController &staffSearch() { return m_staffSearch; }
    FiguresController &figures() { return m_figures; }
    TechnicianController &technician() { return m_technician; }
    AccessController &access() { return m_access; }
    PrintController &print() { return m_print; }
    SlipPrinter &slipPrinter() { return m_slipPrinter; }
    /// The headphone jack of `accessibility.headphone_device`; null when none is configured.
    HeadphoneJack *headphoneJack() { return m_jack.get(); }
    StoreService &store() { return m_store; }
    ScannerService &scanner() { return m_scanner; }
    SyncService &sync() { return m_sync; }
    Watchdog &watchdog() { return m_watchdog; }

signals:
    /// The store is open and the scan screen shows.
    void ready();

private:
    void connectServices();
    void connectScreens();
    void scheduleDayClose();

    Options m_options;
    std::shared_ptr<const core::Clock> m_clock;
    StoreService m_store;
    std::unique_ptr<StoreLookupBackend> m_storeLookup; ///< absent when a test injects its own
    LookupBackend *m_lookupBackend;
    ScannerService m_scanner;
    SyncService m_sync;
    Watchdog m_watchdog;
    KioskController m_kiosk;
    LanguageController m_language;
    PinController m_pin;
    LookupController m_lookup;
    StaffSearchController m_staffSearch;
    FiguresController m_figures;
    TechnicianController m_technician;
    TextToSpeech m_tts; ///< starts the engine only when speech is first asked for
    SlipPrinter m_slipPrinter;
    AccessController m_access;
    PrintController m_print;
    std::unique_ptr<HeadphoneJack> m_jack;
    QTimer m_midnight;
};

} // namespace checkin::app
