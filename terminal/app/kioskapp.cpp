// KioskApp: builds the kiosk's parts and connects them; the only place that knows who talks to whom.
#include "terminal/app/kioskapp.h"

#include "terminal/app/screens/soundcues.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/localtime.h"

#include <QDateTime>
#include <QGuiApplication>
#include <iostream>

namespace checkin::app {

namespace {

std::shared_ptr<const core::Clock> clockOf(const KioskApp::Seams &seams)
{
    return seams.clock ? seams.clock : std::make_shared<core::SystemClock>();
}

scanner::ScanWorker::Options scanOptions(const KioskApp::Options &o, const KioskApp::Seams &seams)
{
    scanner::ScanWorker::Options s;
    s.source = o.config.cameraSource;
    s.capture.width = o.config.cameraWidth;
    s.capture.height = o.config.cameraHeight;
    s.capture.fps = o.cameraFps > 0 ? o.cameraFps : o.config.cameraFps;
    s.capture.paced = true;
    s.loop = o.loopCamera || o.config.cameraLoop;
    s.openSource = seams.frames;
    return s;
}

SyncService::Options syncOptions(const KioskApp::Options &o, const KioskApp::Seams &seams)
{
    SyncService::Options s;
    s.storePath = o.databasePath;
    s.hubUrl = o.config.syncUrl;
    s.token = o.syncToken;
    s.centerId = o.config.policy.centerId;
    s.tls = o.config.syncTls;
    s.version = o.version.toStdString();
    s.transport = seams.http;
    // A key list is stored only when the pinned root key signed it, under the version it states
    // itself: a forged list with a huge version must not lock the kiosk out of every genuine list.
    s.verifyKeyList = [root = o.config.policy.rootPublicKey](const std::string &document) {
        return core::KeyList::verifiedVersion(document, root);
    };
    return s;
}

const char *cameraStateName(int state)
{
    switch (static_cast<scanner::CameraState>(state)) {
    case scanner::CameraState::Starting:
        return "starting";
    case scanner::CameraState::Running:
        return "running";
    case scanner::CameraState::Lost:
        return "lost";
    case scanner::CameraState::Ended:
        return "ended";
    }
    return "unknown";
}

/// The kiosk's journal: states and references, never a name or a date of birth.
void logLine(const std::string &line)
{
    std::cerr << "checkin-terminal: " << line << std::endl;
}

} // namespace

KioskApp::KioskApp(Options options, QObject *parent)
    : KioskApp(std::move(options), Seams{}, parent)
{ }

KioskApp::KioskApp(Options options, const Seams &seams, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clockOf(seams))
    , m_store(m_options.databasePath, m_options.config.policy, m_clock)
    , m_storeLookup(seams.lookup
              ? nullptr
              : std::make_unique<StoreLookupBackend>(m_store,
                  m_options.config.mode == core::KioskMode::Staff ? StoreLookupBackend::Audience::Staff
                                                                  : StoreLookupBackend::Audience::SelfService,
                  // A self-service kiosk acts for nobody.
                  m_options.config.mode == core::KioskMode::Staff ? "staff@" + m_options.config.policy.kioskId
                                                                  : std::string()))
    , m_lookupBackend(seams.lookup ? seams.lookup : m_storeLookup.get())
    , m_scanner(scanOptions(m_options, seams))
    , m_sync(syncOptions(m_options, seams), m_clock)
    , m_kiosk(m_options.config)
    , m_language(QString::fromStdString(m_options.config.language))
    , m_pin(m_options.staffPin, m_clock)
    , m_lookup(m_lookupBackend, m_clock)
    , m_staffSearch(m_lookupBackend, {m_options.config.searchNames, m_options.config.searchNameSeconds})
    , m_technician(m_options.config, m_options.version, m_options.dataDir,
          QString::fromStdString(m_options.databasePath))
    , m_slipPrinter(QString::fromStdString(m_options.config.printerUri))
    , m_access(seams.speech ? seams.speech : &m_tts, &m_language)
    , m_print(&m_slipPrinter, &m_kiosk, &m_lookup, &m_staffSearch, m_clock)
{
    if (!m_options.config.headphoneDevice.empty()) {
        m_jack = std::make_unique<HeadphoneJack>(QString::fromStdString(m_options.config.headphoneDevice));
        if (!m_jack->isOpen()) // speech stays on the on-screen button
            logLine("headphone jack: " + m_jack->problem().toStdString());
        connect(
            m_jack.get(), &HeadphoneJack::pluggedChanged, &m_access, &AccessController::setHeadphonesPlugged);
    }
    if (!m_options.soundDir.isEmpty()) {
        const auto cues = writeCueFiles(m_options.soundDir);
        m_kiosk.setSounds({cues.passUrl, cues.rejectUrl});
    }
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_store.closeDay();
        scheduleDayClose();
    });
    m_technician.setScanStats([this] { return m_scanner.stats(); });
    m_technician.setSync(&m_sync);
    connectServices();
    connectScreens();
}

KioskApp::~KioskApp()
{
    // The scanner and sync threads end before the store thread their results are queued to.
    m_scanner.stop();
}

void KioskApp::start()
{
    if (!m_options.setupProblem.isEmpty()) {
        m_kiosk.showSetupProblem(m_options.setupProblem);
        logLine("setup-required: " + m_options.setupProblem.toStdString());
        // Ready from systemd's point of view: the kiosk runs and shows what is wrong; no crash loop.
        m_watchdog.notifyReady(QStringLiteral("setup-required"));
        return;
    }
    m_store.start();
}

void KioskApp::connectServices()
{
    // Camera -> rules -> screen. A verdict is shown only after the store thread recorded it.
    connect(&m_scanner, &ScannerService::codeDecoded, &m_store, &StoreService::submitScan);
    connect(&m_scanner, &ScannerService::codeDecoded, &m_technician, &TechnicianController::countDecode);
    connect(&m_scanner, &ScannerService::cameraStateChanged, &m_kiosk, &KioskController::setCameraState);
    connect(&m_scanner, &ScannerService::cameraStateChanged, this, [this](int state, const QString &) {
        const QString name = QString::fromLatin1(cameraStateName(state));
        m_sync.setCameraState(name);
        logLine("camera " + name.toStdString());
    });
    connect(&m_store, &StoreService::verdictReady, &m_kiosk, &KioskController::showScannedVerdict);
    // The figures are counted from the cache on the store thread, again after every stored decision
    // and every sync run (other kiosks' admissions arrive with it).
    connect(&m_figures, &FiguresController::figuresRequested, &m_store, &StoreService::requestFigures);
    connect(&m_store, &StoreService::figuresReady, &m_figures, &FiguresController::setFigures);
    connect(&m_store, &StoreService::verdictReady, &m_store, &StoreService::requestFigures);
    connect(&m_store, &StoreService::verdictReady, this, [](const core::Verdict &v, qint64) {
        logLine(std::string("verdict ") + core::reasonKey(v.reason)
            + (v.appointment ? " appointment=" + std::to_string(v.appointment->id) : std::string()));
    });
    connect(&m_store, &StoreService::verdictReady, &m_sync, &SyncService::wake);

    // Store open: scanning, sync and the day close start; a store that cannot open is a setup problem.
    connect(&m_store, &StoreService::storeOpened, &m_store, &StoreService::requestFigures);
    connect(&m_store, &StoreService::storeOpened, &m_technician, &TechnicianController::setDatabaseOpened);
    connect(&m_store, &StoreService::storeOpened, this, [this](qint64 count) {
        m_kiosk.showScanScreen();
        // The image's boot test and the system test read this line: keep its words.
        logLine("ready center=" + m_options.config.centerName + " appointments=" + std::to_string(count));
        m_watchdog.notifyReady(QStringLiteral("ready"));
        m_scanner.start();
        m_sync.start();
        m_store.closeDay();
        scheduleDayClose();
        emit ready();
    });
    connect(&m_store, &StoreService::storeFailed, &m_technician, &TechnicianController::setDatabaseFailed);
    connect(&m_store, &StoreService::storeFailed, this, [this](const QString &detail) {
        m_kiosk.showSetupProblem(QStringLiteral("The local database cannot be used: ") + detail);
        logLine("setup-required: database: " + detail.toStdString());
        m_watchdog.notifyReady(QStringLiteral("setup-required"));
    });
    connect(&m_store, &StoreService::dayClosed, this,
        [](const QString &day, qint64 stripped, qint64 kept, qint64 cases, qint64 checkIns, qint64 copies) {
            logLine("day-close day=" + day.toStdString() + " stripped=" + std::to_string(stripped) + " kept="
                + std::to_string(kept) + " cases-deleted=" + std::to_string(cases) + " checkins-deleted="
                + std::to_string(checkIns) + " copies-deleted=" + std::to_string(copies));
        });
    connect(&m_store, &StoreService::keyListInUse, this, [](qint64 version, const QString &problem) {
        logLine("key-list version=" + std::to_string(version)
            + (problem.isEmpty() ? std::string() : " problem: " + problem.toStdString()));
    });
    connect(&m_store, &StoreService::dayCloseFailed, this,
        [](const QString &detail) { logLine("day-close failed: " + detail.toStdString()); });

    // Sync -> rules: what a run stored (key list, synced day) and the hub's clock reach the
    // running rules on the store thread within the same run.
    connect(&m_sync, &SyncService::runEnded, &m_store, &StoreService::refreshFromSync);
    connect(&m_sync, &SyncService::runEnded, &m_store, &StoreService::requestFigures);
    connect(&m_sync, &SyncService::clockOffsetMeasured, &m_store, &StoreService::reportHubClock);
    connect(&m_sync, &SyncService::syncedDayChanged, &m_store, &StoreService::closeDay);
    connect(&m_sync, &SyncService::onlineChanged, this, [this] {
        logLine(std::string("sync ") + (m_sync.online() ? "online" : "offline")
            + " outbox=" + std::to_string(m_sync.outboxDepth()));
    });
    connect(&m_sync, &SyncService::problemChanged, this, [this] {
        if (!m_sync.problem().isEmpty())
            logLine("sync problem: " + m_sync.problem().toStdString());
    });
}

void KioskApp::connectScreens()
{
    // Idle reset: every screen goes back to its default (language, PIN, forms).
    connect(&m_kiosk, &KioskController::idleReset, &m_language, &LanguageController::resetToDefault);
    connect(&m_kiosk, &KioskController::idleReset, &m_pin, &PinController::lock);
    connect(&m_kiosk, &KioskController::idleReset, &m_lookup, &LookupController::reset);
    connect(&m_kiosk, &KioskController::idleReset, &m_staffSearch, &StaffSearchController::reset);
    connect(&m_kiosk, &KioskController::staffAreaLeft, &m_pin, &PinController::lock);
    connect(&m_pin, &PinController::unlockedChanged, &m_kiosk, &KioskController::setStaffUnlocked);
    connect(&m_kiosk, &KioskController::verdictLanguageRequested, &m_language,
        &LanguageController::showVerdictIn);
    connect(&m_kiosk, &KioskController::verdictDismissed, &m_language, &LanguageController::endVerdict);
    connect(&m_kiosk, &KioskController::lookupOpened, &m_lookup, &LookupController::startOver);
    // The verdict texts live in C++ (they are spoken too): they follow the language.
    connect(&m_language, &LanguageController::languageChanged, &m_kiosk, &KioskController::retranslate);
    // Accessibility: each verdict is spoken while speech is on; the next person starts plain.
    connect(&m_kiosk, &KioskController::utteranceReady, &m_access, &AccessController::speak);
    connect(&m_kiosk, &KioskController::idleReset, &m_access, &AccessController::reset);
    // A print's state belongs to the screen and verdict it was made for.
    connect(&m_kiosk, &KioskController::screenChanged, &m_print, &PrintController::reset);
    connect(&m_kiosk, &KioskController::verdictChanged, &m_print, &PrintController::reset);
    connect(&m_slipPrinter, &SlipPrinter::printFailed, this,
        [](const QString &problem) { logLine("print failed: " + problem.toStdString()); });
    // Verdicts of the lookup show like scanned ones; the staff's return to the search they came from.
    connect(&m_lookup, &LookupController::verdictReady, &m_kiosk, &KioskController::showVerdict);
    connect(&m_lookup, &LookupController::verdictReady, &m_figures, &FiguresController::refresh);
    connect(
        &m_staffSearch, &StaffSearchController::verdictReady, &m_kiosk, &KioskController::showSearchVerdict);
    connect(&m_staffSearch, &StaffSearchController::verdictReady, &m_figures, &FiguresController::refresh);
    // An annulled check-in closes the verdict that showed it, and leaves the figures.
    connect(
        &m_staffSearch, &StaffSearchController::checkInAnnulled, &m_kiosk, &KioskController::dismissVerdict);
    connect(&m_staffSearch, &StaffSearchController::checkInAnnulled, &m_figures, &FiguresController::refresh);
    connect(&m_staffSearch, &StaffSearchController::checkInAnnulled, &m_sync, &SyncService::wake);
    // Check-ins by lookup go to the hub at once, like scanned ones.
    connect(&m_lookup, &LookupController::verdictReady, &m_sync, &SyncService::wake);
    connect(&m_staffSearch, &StaffSearchController::verdictReady, &m_sync, &SyncService::wake);
    // Touches and keys anywhere count as activity.
    if (qApp)
        qApp->installEventFilter(&m_kiosk);
}

void KioskApp::scheduleDayClose()
{
    // The next local midnight, plus a minute so that the new day has surely begun.
    const auto now = m_clock->now();
    const auto local = core::toLocal(now);
    const QDate today = QDate::fromString(QString::fromStdString(local.day), Qt::ISODate);
    const QDateTime next(today.addDays(1), QTime(0, 1));
    const qint64 ms = std::max<qint64>(60'000, next.toMSecsSinceEpoch() - core::unixMs(now));
    m_midnight.start(static_cast<int>(std::min<qint64>(ms, 25LL * 3600 * 1000)));
}

} // namespace checkin::app
