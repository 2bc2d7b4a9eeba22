// Watchdog over sd_notify(3).
#include "terminal/app/services/watchdog.h"

#include <systemd/sd-daemon.h>

namespace checkin::app {

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
}

void Watchdog::notifyReady(const QString &status)
{
    const QByteArray message = "READY=1\nSTATUS=" + status.toUtf8();
    sd_notify(0, message.constData());
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_timer.start(static_cast<int>(usec / 1000 / 3));
    }
}

void Watchdog::notifyStatus(const QString &status)
{
    const QByteArray message = "STATUS=" + status.toUtf8();
    sd_notify(0, message.constData());
}

} // namespace checkin::app
