// HeadphoneJack: evdev switch events, read without blocking; the current state at open.
#include "terminal/app/services/headphonejack.h"

#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace checkin::app {

HeadphoneJack::HeadphoneJack(const QString &device, QObject *parent)
    : QObject(parent)
{
    m_fd = ::open(device.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        m_problem
            = QStringLiteral("cannot open %1: %2").arg(device, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HeadphoneJack::readEvents);
    // Headphones already plugged in at start count too (a real evdev node answers; a FIFO does not).
    unsigned long switches[(SW_MAX + 8 * sizeof(unsigned long)) / (8 * sizeof(unsigned long))] = {};
    if (::ioctl(m_fd, EVIOCGSW(sizeof switches), switches) >= 0) {
        const size_t bits = 8 * sizeof(unsigned long);
        if (switches[SW_HEADPHONE_INSERT / bits] & (1UL << (SW_HEADPHONE_INSERT % bits)))
            QMetaObject::invokeMethod(
                this, [this] { emit pluggedChanged(true); }, Qt::QueuedConnection);
    }
}

HeadphoneJack::~HeadphoneJack()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

void HeadphoneJack::readEvents()
{
    input_event events[16];
    for (;;) {
        const ssize_t n = ::read(m_fd, events, sizeof events);
        if (n <= 0) {
            // EOF of a closed writer (a test's FIFO) or an unplugged device: stop watching.
            if (n == 0 || (errno != EAGAIN && errno != EINTR))
                m_notifier->setEnabled(false);
            return;
        }
        for (size_t i = 0; i < static_cast<size_t>(n) / sizeof(input_event); ++i)
            if (events[i].type == EV_SW && events[i].code == SW_HEADPHONE_INSERT)
                emit pluggedChanged(events[i].value != 0);
    }
}

} // namespace checkin::app
