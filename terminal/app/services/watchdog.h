// systemd readiness and watchdog pings from the GUI thread (no-ops outside systemd).
#pragma once

#include <QObject>
#include <QTimer>

namespace checkin::app {

/// Pings WATCHDOG=1 from the GUI thread's event loop, so a frozen GUI thread stops the pings and
/// systemd restarts the kiosk. Lives on the GUI thread.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);
    /// READY=1 with a status line; starts the pings when WatchdogSec= is set.
    void notifyReady(const QString &status);
    void notifyStatus(const QString &status);

private:
    QTimer m_timer;
};

} // namespace checkin::app
