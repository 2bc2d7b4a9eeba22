// HeadphoneJack: reports headphones plugged into the kiosk's jack (a Linux input switch event).
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;

namespace checkin::app {

/// Lives on the GUI thread. Reads EV_SW / SW_HEADPHONE_INSERT events from an evdev node (the
/// sound card's jack device, `accessibility.headphone_device`) through a socket notifier: a
/// read never blocks. A device that cannot be opened is reported once and leaves speech to the
/// on-screen button.
class HeadphoneJack : public QObject
{
    Q_OBJECT
public:
    explicit HeadphoneJack(const QString &device, QObject *parent = nullptr);
    ~HeadphoneJack() override;

    bool isOpen() const { return m_fd >= 0; }
    QString problem() const { return m_problem; }

signals:
    void pluggedChanged(bool plugged);

private:
    void readEvents();
    int m_fd = -1;
    QString m_problem;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace checkin::app
