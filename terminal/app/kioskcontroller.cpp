// KioskController: maps verdict values to bindable properties and owns the verdict timeout.
#include "terminal/app/kioskcontroller.h"

#include "terminal/core/localtime.h"

#include <QDateTime>

namespace checkin::app {

KioskController::KioskController(const core::KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_mode(config.mode)
    , m_centerName(QString::fromStdString(config.centerName))
{
    m_resetTimer.setSingleShot(true);
    // Staff see two hundred people an hour: their verdict stays half as long.
    const int seconds = config.mode == core::KioskMode::Staff ? std::max(1, config.verdictSeconds / 2)
                                                              : config.verdictSeconds;
    m_resetTimer.setInterval(seconds * 1000);
    connect(&m_resetTimer, &QTimer::timeout, this, &KioskController::dismissVerdict);
}

QString KioskController::mode() const
{
    return m_mode == core::KioskMode::Staff ? QStringLiteral("staff") : QStringLiteral("self-service");
}

QString KioskController::family() const
{
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
QString KioskController::initials() const
{
    return QString::fromStdString(m_verdict.initials());
}

QString KioskController::personName() const
{
    // Names only on staff screens.
    if (m_mode != core::KioskMode::Staff || !m_verdict.appointment)
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

QString KioskController::technicalDetail() const
{
    return QString::fromStdString(m_verdict.detail);
}

void KioskController::setScreen(const QString &screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

void KioskController::showSetupProblem(const QString &problem)
{
    m_setupProblem = problem;
    m_resetTimer.stop();
    setScreen(QStringLiteral("setup"));
    emit screenChanged();
}

void KioskController::showScanScreen()
{
    if (m_screen != QStringLiteral("setup"))
        setScreen(QStringLiteral("scan"));
}

void KioskController::showVerdict(const core::Verdict &verdict)
{
    if (m_screen == QStringLiteral("setup"))
        return;
    m_verdict = verdict;
    ++m_verdictCount;
    emit verdictChanged();
    setScreen(QStringLiteral("verdict"));
    m_resetTimer.start();
}

void KioskController::dismissVerdict()
{
    m_resetTimer.stop();
    showScanScreen();
}

void KioskController::setCameraState(int state, const QString &)
{
    static const char *const names[] = {"starting", "running", "lost", "ended"};
    const QString name = QString::fromLatin1(names[std::clamp(state, 0, 3)]);
    if (name == m_cameraState)
        return;
    m_cameraState = name;
    emit cameraStateChanged();
}

} // namespace checkin::app
