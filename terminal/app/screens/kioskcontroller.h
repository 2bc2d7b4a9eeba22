// KioskController: the state the kiosk's QML shows; it decides screens and their timing.
#pragma once

#include "terminal/core/config.h"
#include "terminal/core/verdict.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <optional>

namespace checkin::app {

/// Lives on the GUI thread. QML binds to its properties and calls its invokables; it never
/// decides anything itself.
///
/// Screens: "starting", "setup" (config unusable), "scan", "verdict", "lookup" (self-service:
/// guided lookup and clearing ticket), "search" (staff), "pin", "figures", "technician".
/// Transitions and invariants:
///  1. "setup" is final: nothing leaves it (the kiosk shows what is wrong until restarted).
///  2. A verdict always shows, from any screen but "setup", and returns after the verdict time
///     (half as long in staff mode; self-service: the longer remember time for a verdict that
///     carries a date or time to remember) or at once by "Done"/"Next", to the screen it came from ("search"
///     for a check-in from the search, else "scan"). At a staff kiosk a REJECT or TECHNICAL PROBLEM stays
///     until staff act (verdictStays): they override, search, or dismiss it. A scanned code's verdict that
///     arrives while a form is open ("lookup", "search", "pin", "figures", "technician") waits, the newest
///     only, until that screen closes: what a person types is never thrown away by a passer-by.
///     A tap on a self-service verdict extends it to at least the touch time (no time limit a
///     person cannot extend); a tap on a staff verdict dismisses it unless it stays.
///  3. "figures" and "technician" are reachable only while the staff area is unlocked (the
///     PinController says so); leaving them locks it again.
///  4. After the idle time without a touch, every screen but "setup" and "verdict" returns to
///     "scan" and idleReset is emitted (default language, PIN locked, forms cleared).
///  5. Self-service kiosks never show "search"; staff kiosks never show "lookup".
class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(QString centerName READ centerName CONSTANT)
    Q_PROPERTY(QString setupProblem READ setupProblem NOTIFY screenChanged)
    Q_PROPERTY(QString family READ family NOTIFY verdictChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY verdictChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString nextStep READ nextStep NOTIFY textsChanged)
    Q_PROPERTY(QString initials READ initials NOTIFY verdictChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY verdictChanged)
    Q_PROPERTY(QString slotTime READ slotTime NOTIFY verdictChanged)
    Q_PROPERTY(QString otherDay READ otherDay NOTIFY verdictChanged)
    Q_PROPERTY(QString comeBackAt READ comeBackAt NOTIFY verdictChanged)
    Q_PROPERTY(QString previousTime READ previousTime NOTIFY verdictChanged)
    Q_PROPERTY(QString previousKiosk READ previousKiosk NOTIFY verdictChanged)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY verdictChanged)
    Q_PROPERTY(QString slotDay READ slotDay NOTIFY verdictChanged)
    Q_PROPERTY(QString rightCenterName READ rightCenterName NOTIFY verdictChanged)
    Q_PROPERTY(Detail detail READ detail NOTIFY verdictChanged)
    Q_PROPERTY(int detailKeyId READ detailKeyId NOTIFY verdictChanged)
    Q_PROPERTY(QString detailValidFrom READ detailValidFrom NOTIFY verdictChanged)
    Q_PROPERTY(QString detailValidTo READ detailValidTo NOTIFY verdictChanged)
    Q_PROPERTY(int detailSkewSeconds READ detailSkewSeconds NOTIFY verdictChanged)
    Q_PROPERTY(QString detailDay READ detailDay NOTIFY verdictChanged)
    Q_PROPERTY(QString detailCenter READ detailCenter NOTIFY verdictChanged)
    Q_PROPERTY(qint64 appointmentId READ appointmentId NOTIFY verdictChanged)
    Q_PROPERTY(QString checkInId READ checkInId NOTIFY verdictChanged)
    Q_PROPERTY(QVariantList overrideChoices READ overrideChoices NOTIFY verdictChanged)
    Q_PROPERTY(bool annullable READ annullable NOTIFY verdictChanged)
    Q_PROPERTY(bool verdictStays READ verdictStays NOTIFY verdictChanged)
    Q_PROPERTY(Camera camera READ camera NOTIFY cameraStateChanged)
    Q_PROPERTY(int verdictCount READ verdictCount NOTIFY verdictChanged)
    Q_PROPERTY(bool verdictWaiting READ verdictWaiting NOTIFY verdictWaitingChanged)
    Q_PROPERTY(int verdictSeconds READ verdictSeconds CONSTANT)
    Q_PROPERTY(int verdictMs READ verdictMs NOTIFY verdictTimeChanged)
    Q_PROPERTY(int previewSerial READ previewSerial NOTIFY previewSerialChanged)
    Q_PROPERTY(bool soundEnabled READ soundEnabled CONSTANT)
    Q_PROPERTY(QString passSound READ passSound CONSTANT)
    Q_PROPERTY(QString rejectSound READ rejectSound CONSTANT)

public:
    /// What staff are told beyond the reason (core::DetailKind, same numbers); QML words it.
    enum class Detail {
        NoDetail = 0,
        CodeDamaged,
        SignatureMismatch,
        NoKeyList,
        KeyListExpired,
        KeyUnknown,
        KeyRevoked,
        KeyNotValidNow,
        KeyNotForCenter,
        CodeWithdrawn,
        ClockSkew,
        ListForOtherDay,
        StoreFailed,
        NoCapacity,
    };
    Q_ENUM(Detail)
    /// The camera as the scanner reports it (scanner::CameraState, same numbers).
    enum class Camera { CameraStarting = 0, CameraRunning, CameraLost, CameraEnded };
    Q_ENUM(Camera)

    struct Timing
    {
        int verdictMs = 6000; ///< self-service; staff get half
        int rememberMs = 15000; ///< self-service: a verdict with a date or time to remember
        int touchMs = 10000; ///< self-service: a touch keeps the verdict at least this long from then on
        int idleMs = 60000;
        int previewMs = 100; ///< 10 preview images a second spare the CPU
    };
    struct Sounds
    {
        QString pass; ///< file URLs of the cue WAVs; empty: no sound
        QString reject;
    };

    explicit KioskController(const core::KioskConfig &config, QObject *parent = nullptr);
    KioskController(const core::KioskConfig &config, Timing timing, QObject *parent = nullptr);

    QString screen() const { return m_screen; }
    QString mode() const;
    bool isStaff() const { return m_mode == core::KioskMode::Staff; }
    QString centerName() const { return m_centerName; }
    QString setupProblem() const { return m_setupProblem; }
    QString family() const;
    QString reason() const;
    /// The citizen's verdict title and next step in the current language (verdicttexts.h); the
    /// staff verdict's words are in qml/StaffTexts.qml.
    QString title() const;
    QString nextStep() const;
    /// What speech output says for the verdict: its title and next step, as shown.
    QString utterance() const;
    QString initials() const;
    QString personName() const;
    QString slotTime() const;
    QString otherDay() const;
    QString comeBackAt() const;
    QString previousTime() const;
    QString previousKiosk() const;
    QString birthDate() const;
    QString slotDay() const;
    QString rightCenterName() const { return QString::fromStdString(m_verdict.rightCenterName); }
    Detail detail() const { return static_cast<Detail>(m_verdict.detail.kind); }
    int detailKeyId() const { return static_cast<int>(m_verdict.detail.keyId); }
    QString detailValidFrom() const;
    QString detailValidTo() const;
    int detailSkewSeconds() const { return static_cast<int>(m_verdict.detail.skewSeconds); }
    QString detailDay() const;
    QString detailCenter() const { return QString::fromStdString(m_verdict.detail.center); }
    qint64 appointmentId() const { return m_verdict.appointment ? m_verdict.appointment->id : 0; }
    QString checkInId() const;
    /// Staff only: the override reasons (StaffSearchController::OverrideChoice) that fit the verdict.
    QVariantList overrideChoices() const;
    /// Staff only: the shown PASS stored an admission that staff may annul.
    bool annullable() const;
    bool verdictStays() const;
    Camera camera() const { return m_camera; }
    int verdictCount() const { return m_verdictCount; }
    bool verdictWaiting() const { return m_waitingVerdict.has_value(); }
    int verdictSeconds() const { return m_timing.verdictMs / (isStaff() ? 2000 : 1000); }
    /// How long the shown verdict stays, from its start or from the touch that extended it.
    int verdictMs() const { return m_verdictTimer.interval(); }
    int previewSerial() const { return m_previewSerial; }
    bool soundEnabled() const { return !m_sounds.pass.isEmpty(); }
    QString passSound() const { return m_sounds.pass; }
    QString rejectSound() const { return m_sounds.reject; }
    const core::Verdict &verdict() const { return m_verdict; }
    bool idleTimerActive() const { return m_idleTimer.isActive(); }
    bool verdictTimerActive() const { return m_verdictTimer.isActive(); }

    /// The config could not be used: show the setup screen and stay there.
    void showSetupProblem(const QString &problem);
    /// The services are up: show the scan screen.
    void showScanScreen();
    void setSounds(Sounds sounds) { m_sounds = std::move(sounds); }

    /// Counts touches and keys as activity (installed on the application).
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    /// A verdict of the person at the screen (lookup, staff search): shown at once.
    void showVerdict(const checkin::core::Verdict &verdict);
    /// A scanned code's verdict: shown at once, or after the open form closes (invariant 2).
    void showScannedVerdict(const checkin::core::Verdict &verdict);
    /// A verdict of a check-in from the staff search: dismissing it returns to the search.
    void showSearchVerdict(const checkin::core::Verdict &verdict);
    void setCameraState(int state, const QString &detail);
    /// The PinController unlocked or locked the staff area.
    void setStaffUnlocked(bool unlocked);
    /// Back to scanning (or the search) at once: "Next", or the staff's next scan.
    Q_INVOKABLE void dismissVerdict();
    /// A tap anywhere on the verdict: self-service, it stays at least the touch time from now;
    /// staff, it is dismissed unless it stays for staff to act (verdictStays).
    Q_INVOKABLE void tapVerdict();
    /// The language changed: the verdict texts follow.
    void retranslate() { emit textsChanged(); }
    /// Self-service: "I have no code".
    Q_INVOKABLE void openLookup();
    /// Staff: the search field.
    Q_INVOKABLE void openSearch();
    /// The staff area: the PIN screen, or the figures when already unlocked.
    Q_INVOKABLE void openStaffArea();
    /// "figures" or "technician"; ignored unless the staff area is unlocked.
    Q_INVOKABLE void openStaffPage(const QString &page);
    /// Back to the scan screen (the "back" button of every screen).
    Q_INVOKABLE void goBack();
    /// A touch or key: restarts the idle time.
    Q_INVOKABLE void noteActivity();
    /// The idle time ran out (the idle timer's slot; public so tests need not wait).
    void idleTimeout();

signals:
    void screenChanged();
    void verdictChanged();
    void verdictWaitingChanged();
    void textsChanged();
    /// A verdict is shown: what speech output says for it (spoken only when speech is on).
    void utteranceReady(const QString &utterance);
    /// The verdict's time was set anew (a new verdict or a touch): the countdown restarts.
    void verdictTimeChanged();
    void cameraStateChanged();
    void previewSerialChanged();
    /// Idle reset: listeners go back to their defaults (language, PIN, forms).
    void idleReset();
    /// The staff left the staff area: the PIN must be asked again.
    void staffAreaLeft();
    /// A verdict for a booking in this language is shown (self-service only).
    void verdictLanguageRequested(const QString &language);
    /// The verdict screen closed: a temporary verdict language ends.
    void verdictDismissed();
    void lookupOpened();

private:
    void setScreen(const QString &screen);
    void updatePreviewTimer();
    int verdictIntervalFor(const core::Verdict &verdict) const;
    core::KioskMode m_mode;
    Timing m_timing;
    QString m_centerName;
    QString m_screen = QStringLiteral("starting");
    QString m_setupProblem;
    core::Verdict m_verdict;
    std::optional<core::Verdict> m_waitingVerdict;
    QString m_returnScreen; ///< where a dismissed verdict returns to ("scan" or "search")
    Camera m_camera = Camera::CameraStarting;
    int m_verdictCount = 0;
    int m_previewSerial = 0;
    bool m_staffUnlocked = false;
    Sounds m_sounds;
    QTimer m_verdictTimer;
    QTimer m_idleTimer;
    QTimer m_previewTimer;
};

} // namespace checkin::app
