// KioskController: maps verdict values to bindable properties and owns the screen timeouts.
#include "terminal/app/screens/kioskcontroller.h"

#include "terminal/app/screens/verdicttexts.h"
#include "terminal/core/localtime.h"
#include "terminal/core/onsiteresolution.h"

#include <QDateTime>
#include <QEvent>

namespace checkin::app {

namespace {
const QString kSetup = QStringLiteral("setup");
const QString kScan = QStringLiteral("scan");
const QString kVerdict = QStringLiteral("verdict");
const QString kSearch = QStringLiteral("search");

QString dayText(const std::string &isoDay)
{
    const QDate d = QDate::fromString(QString::fromStdString(isoDay), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString dateOfSeconds(int64_t s)
{
    return QDateTime::fromSecsSinceEpoch(s).toString(QStringLiteral("dd.MM.yyyy"));
}

static_assert(
    static_cast<int>(KioskController::Detail::NoCapacity) == static_cast<int>(core::DetailKind::NoCapacity));
static_assert(static_cast<int>(KioskController::Camera::CameraEnded) == 3);

KioskController::Timing timingFor(const core::KioskConfig &config)
{
    KioskController::Timing t;
    t.verdictMs = config.verdictSeconds * 1000;
    t.rememberMs = config.verdictRememberSeconds * 1000;
    t.touchMs = config.verdictTouchSeconds * 1000;
    // Staff move on by themselves; a citizen who walked away must not leave a form behind long.
    t.idleMs = config.mode == core::KioskMode::Staff ? 120000 : 45000;
    return t;
}
} // namespace

KioskController::KioskController(const core::KioskConfig &config, QObject *parent)
    : KioskController(config, timingFor(config), parent)
{ }

KioskController::KioskController(const core::KioskConfig &config, Timing timing, QObject *parent)
    : QObject(parent)
    , m_mode(config.mode)
    , m_timing(timing)
    , m_centerName(QString::fromStdString(config.centerName))
{
    m_verdictTimer.setSingleShot(true);
    m_verdictTimer.setInterval(verdictIntervalFor(m_verdict));
    connect(&m_verdictTimer, &QTimer::timeout, this, &KioskController::dismissVerdict);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(timing.idleMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::idleTimeout);
    m_previewTimer.setInterval(timing.previewMs);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        ++m_previewSerial;
        emit previewSerialChanged();
    });
}

QString KioskController::mode() const
{
    return isStaff() ? QStringLiteral("staff") : QStringLiteral("self-service");
}

int KioskController::verdictIntervalFor(const core::Verdict &verdict) const
{
    // Staff see two hundred people an hour and read no dates aloud: their verdict stays half as long.
    if (isStaff())
        return std::max(1000, m_timing.verdictMs / 2);
    return carriesSomethingToRemember(verdict.reason) ? std::max(m_timing.verdictMs, m_timing.rememberMs)
                                                      : m_timing.verdictMs;
}

QString KioskController::family() const
{
    // "Wait a little" lets the person in a few minutes later: its own colour, neither pass nor reject.
    if (m_verdict.reason == core::Reason::TooEarlyWait)
        return QStringLiteral("wait");
    switch (m_verdict.family()) {
    case core::Family::Pass:
        return QStringLiteral("pass");
    case core::Family::Reject:
        return QStringLiteral("reject");
    case core::Family::Technical:
        return QStringLiteral("technical");
    }
    return {};
}

QString KioskController::reason() const
{
    return QString::fromLatin1(core::reasonKey(m_verdict.reason));
}

QString KioskController::title() const
{
    return verdictTitle(m_verdict.reason);
}

QString KioskController::nextStep() const
{
    return verdictNextStep({m_verdict.reason, slotTime(), otherDay(), comeBackAt(), previousTime()});
}

QString KioskController::utterance() const
{
    const QString step = nextStep();
    return step.isEmpty() ? title() : title() + QStringLiteral(". ") + step;
}

QString KioskController::initials() const
{
    return m_verdict.appointment ? QString::fromStdString(core::initials(*m_verdict.appointment)) : QString();
}

QString KioskController::birthDate() const
{
    // Staff compare it with the ID card; citizens never see it.
    if (!isStaff() || !m_verdict.appointment)
        return {};
    return dayText(m_verdict.appointment->birthDate);
}

QString KioskController::slotDay() const
{
    return m_verdict.appointment ? dayText(m_verdict.appointment->day) : QString();
}

QString KioskController::detailValidFrom() const
{
    return m_verdict.detail.kind == core::DetailKind::KeyNotValidNow
        ? dateOfSeconds(m_verdict.detail.validFromS)
        : QString();
}

QString KioskController::detailValidTo() const
{
    return m_verdict.detail.kind == core::DetailKind::KeyNotValidNow
        ? dateOfSeconds(m_verdict.detail.validToS)
        : QString();
}

QString KioskController::detailDay() const
{
    return dayText(m_verdict.detail.day);
}

QString KioskController::checkInId() const
{
    return m_verdict.recorded ? QString::fromStdString(m_verdict.recorded->id) : QString();
}

QVariantList KioskController::overrideChoices() const
{
    QVariantList out;
    if (!isStaff() || !m_verdict.appointment)
        return out;
    for (const auto reason : core::overrideReasonsFor(m_verdict.reason))
        out << static_cast<int>(reason);
    return out;
}

bool KioskController::annullable() const
{
    // The store checks the window again when staff annul; here only what the verdict says.
    return isStaff() && m_verdict.recorded && m_verdict.family() == core::Family::Pass
        && m_verdict.recorded->appointmentId && !m_verdict.recorded->annulledAtMs;
}

bool KioskController::verdictStays() const
{
    return isStaff() && m_verdict.family() != core::Family::Pass;
}

QString KioskController::personName() const
{
    // Names only on staff screens.
    if (!isStaff() || !m_verdict.appointment)
        return {};
    return QString::fromStdString(m_verdict.appointment->givenName + " " + m_verdict.appointment->familyName);
}

QString KioskController::slotTime() const
{
    return m_verdict.appointment
        ? QString::fromStdString(core::formatMinute(m_verdict.appointment->slotStart))
        : QString();
}

QString KioskController::otherDay() const
{
    if (!m_verdict.appointment || m_verdict.reason != core::Reason::WrongDay)
        return {};
    const QDate d = QDate::fromString(QString::fromStdString(m_verdict.appointment->day), Qt::ISODate);
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString KioskController::comeBackAt() const
{
    return m_verdict.comeBackAtMinute >= 0
        ? QString::fromStdString(core::formatMinute(m_verdict.comeBackAtMinute))
        : QString();
}

QString KioskController::previousTime() const
{
    if (!m_verdict.previous)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_verdict.previous->scannedAtMs).toString(QStringLiteral("HH:mm"));
}

QString KioskController::previousKiosk() const
{
    return m_verdict.previous ? QString::fromStdString(m_verdict.previous->kioskId) : QString();
}

void KioskController::setScreen(const QString &screen)
{
    if (m_screen == screen)
        return;
    const bool leftStaffArea
        = (m_screen == QStringLiteral("figures") || m_screen == QStringLiteral("technician"))
        && screen != QStringLiteral("figures") && screen != QStringLiteral("technician");
    m_screen = screen;
    if (leftStaffArea) // invariant 3
        emit staffAreaLeft();
    updatePreviewTimer();
    emit screenChanged();
    if (m_screen == kScan && m_waitingVerdict) { // invariant 2: the form closed
        const core::Verdict waiting = std::move(*m_waitingVerdict);
        m_waitingVerdict.reset();
        emit verdictWaitingChanged();
        showVerdict(waiting);
    }
}

void KioskController::updatePreviewTimer()
{
    // Preview images are fetched only while a screen shows them.
    const bool wanted = m_screen == kScan || m_screen == QStringLiteral("technician");
    if (wanted && !m_previewTimer.isActive())
        m_previewTimer.start();
    else if (!wanted)
        m_previewTimer.stop();
}

void KioskController::showSetupProblem(const QString &problem)
{
    m_setupProblem = problem;
    m_verdictTimer.stop();
    m_idleTimer.stop();
    setScreen(kSetup);
    emit screenChanged();
}

void KioskController::showScanScreen()
{
    if (m_screen != kSetup) // invariant 1
        setScreen(kScan);
}

void KioskController::showVerdict(const core::Verdict &verdict)
{
    if (m_screen == kSetup)
        return;
    if (m_screen != kVerdict)
        m_returnScreen = m_screen == kSearch ? kSearch : kScan;
    m_verdict = verdict;
    ++m_verdictCount;
    if (!isStaff() && verdict.appointment && !verdict.appointment->language.empty())
        emit verdictLanguageRequested(QString::fromStdString(verdict.appointment->language));
    emit verdictChanged();
    emit textsChanged();
    setScreen(kVerdict);
    m_verdictTimer.setInterval(verdictIntervalFor(verdict));
    if (verdictStays()) // invariant 2: staff act on a reject; it does not time out under them
        m_verdictTimer.stop();
    else
        m_verdictTimer.start();
    emit verdictTimeChanged();
    m_idleTimer.start();
    // Speech is for the citizen at a self-service kiosk; staff read their own screen.
    if (!isStaff())
        emit utteranceReady(utterance());
}

void KioskController::showSearchVerdict(const core::Verdict &verdict)
{
    if (m_screen != kVerdict)
        m_returnScreen = kSearch;
    showVerdict(verdict);
}

void KioskController::tapVerdict()
{
    if (m_screen != kVerdict)
        return;
    if (isStaff()) {
        if (!verdictStays())
            dismissVerdict();
        return;
    }
    // Never shortens: a touch early in a long verdict leaves it as it was.
    if (m_verdictTimer.isActive() && m_verdictTimer.remainingTime() >= m_timing.touchMs)
        return;
    m_verdictTimer.start(m_timing.touchMs);
    emit verdictTimeChanged();
}

void KioskController::showScannedVerdict(const core::Verdict &verdict)
{
    if (m_screen == kScan || m_screen == kVerdict || m_screen == QStringLiteral("starting")) {
        showVerdict(verdict);
        return;
    }
    if (m_screen == kSetup)
        return;
    const bool was = m_waitingVerdict.has_value();
    m_waitingVerdict = verdict;
    if (!was)
        emit verdictWaitingChanged();
}

void KioskController::dismissVerdict()
{
    m_verdictTimer.stop();
    if (m_screen != kVerdict)
        return;
    if (m_returnScreen == kSearch && isStaff())
        setScreen(kSearch);
    else
        showScanScreen();
    m_returnScreen = kScan;
    emit verdictDismissed();
}

void KioskController::openLookup()
{
    if (isStaff() || m_screen == kSetup) // invariant 5
        return;
    setScreen(QStringLiteral("lookup"));
    emit lookupOpened();
    noteActivity();
}

void KioskController::openSearch()
{
    if (!isStaff() || m_screen == kSetup)
        return;
    setScreen(QStringLiteral("search"));
    noteActivity();
}

void KioskController::openStaffArea()
{
    if (m_screen == kSetup)
        return;
    setScreen(m_staffUnlocked ? QStringLiteral("figures") : QStringLiteral("pin"));
    noteActivity();
}

void KioskController::openStaffPage(const QString &page)
{
    if (!m_staffUnlocked || m_screen == kSetup)
        return;
    if (page == QStringLiteral("figures") || page == QStringLiteral("technician"))
        setScreen(page);
    noteActivity();
}

void KioskController::setStaffUnlocked(bool unlocked)
{
    m_staffUnlocked = unlocked;
    if (unlocked && m_screen == QStringLiteral("pin"))
        setScreen(QStringLiteral("figures"));
    else if (!unlocked && (m_screen == QStringLiteral("figures") || m_screen == QStringLiteral("technician")))
        setScreen(kScan);
}

void KioskController::goBack()
{
    if (m_screen == kVerdict) {
        dismissVerdict();
        return;
    }
    showScanScreen();
}

void KioskController::noteActivity()
{
    if (m_screen != kSetup)
        m_idleTimer.start();
}

void KioskController::idleTimeout()
{
    m_idleTimer.stop();
    if (m_screen == kSetup)
        return;
    if (m_screen != kVerdict) // a verdict has its own, shorter time
        setScreen(kScan);
    emit idleReset(); // invariant 4
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::setCameraState(int state, const QString &)
{
    const auto camera = static_cast<Camera>(std::clamp(state, 0, 3));
    if (camera == m_camera)
        return;
    m_camera = camera;
    emit cameraStateChanged();
}

} // namespace checkin::app
