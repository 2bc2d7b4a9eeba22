// KioskController: the state the kiosk's QML shows; it decides screens and their timing.
#pragma once

#include "terminal/core/config.h"
#include "terminal/core/verdict.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace checkin::app {

/// Lives on the GUI thread. QML binds to its properties and calls its invokables; it never
/// decides anything itself. Screens: "setup" (the config is unusable), "scan", "verdict".
class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(QString centerName READ centerName CONSTANT)
    Q_PROPERTY(QString setupProblem READ setupProblem NOTIFY screenChanged)
    Q_PROPERTY(QString family READ family NOTIFY verdictChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY verdictChanged)
    Q_PROPERTY(QString initials READ initials NOTIFY verdictChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY verdictChanged)
    Q_PROPERTY(QString slotTime READ slotTime NOTIFY verdictChanged)
    Q_PROPERTY(QString otherDay READ otherDay NOTIFY verdictChanged)
    Q_PROPERTY(QString comeBackAt READ comeBackAt NOTIFY verdictChanged)
    Q_PROPERTY(QString previousTime READ previousTime NOTIFY verdictChanged)
    Q_PROPERTY(QString previousKiosk READ previousKiosk NOTIFY verdictChanged)
    Q_PROPERTY(QString technicalDetail READ technicalDetail NOTIFY verdictChanged)
    Q_PROPERTY(QString cameraState READ cameraState NOTIFY cameraStateChanged)
    Q_PROPERTY(int verdictCount READ verdictCount NOTIFY verdictChanged)

public:
    KioskController(const core::KioskConfig &config, QObject *parent = nullptr);

    QString screen() const { return m_screen; }
    QString mode() const;
    QString centerName() const { return m_centerName; }
    QString setupProblem() const { return m_setupProblem; }
    QString family() const;
    QString reason() const;
    QString initials() const;
    QString personName() const;
    QString slotTime() const;
    QString otherDay() const;
    QString comeBackAt() const;
    QString previousTime() const;
    QString previousKiosk() const;
    QString technicalDetail() const;
    QString cameraState() const { return m_cameraState; }
    int verdictCount() const { return m_verdictCount; }

    /// The config could not be used: show the setup screen and stay there.
    void showSetupProblem(const QString &problem);
    /// The services are up: show the scan screen.
    void showScanScreen();

public slots:
    void showVerdict(const checkin::core::Verdict &verdict);
    void setCameraState(int state, const QString &detail);
    /// Back to scanning at once (a tap on the verdict screen, or the staff's next scan).
    Q_INVOKABLE void dismissVerdict();

signals:
    void screenChanged();
    void verdictChanged();
    void cameraStateChanged();

private:
    void setScreen(const QString &screen);
    core::KioskMode m_mode;
    QString m_centerName;
    QString m_screen = QStringLiteral("starting");
    QString m_setupProblem;
    core::Verdict m_verdict;
    QString m_cameraState = QStringLiteral("starting");
    int m_verdictCount = 0;
    QTimer m_resetTimer;
};

} // namespace checkin::app
