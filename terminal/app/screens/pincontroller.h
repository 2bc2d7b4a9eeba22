// PinController: the staff PIN pad with lockout after failed tries.
#pragma once

#include "terminal/core/clock.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread. States and invariants:
///   Locked (no PIN accepted) ← Asking → Unlocked
///  1. Every kMaxTries-th consecutive failure locks the pad; the lockout doubles with every
///     further lockout (30 s, 60 s, 120 s, … at most 15 min) and counts on the injected clock, so
///     a restart of the timer or of the screen does not shorten it.
///  2. While locked, submit() is refused without looking at the digits.
///  3. A correct PIN resets the failure count and unlocks; lock() (leaving the staff area, idle
///     reset) asks again. Without a configured PIN nothing unlocks.
///  4. Only a salted SHA-256 digest of the PIN is kept; comparison takes the same time for
///     every input.
class PinController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int enteredLength READ enteredLength NOTIFY enteredChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY lockoutChanged)
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY lockoutChanged)
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(bool lastWrong READ lastWrong NOTIFY enteredChanged)

public:
    static constexpr int kMaxTries = 3;
    static constexpr int kMaxDigits = 8;

    /// `pin` in clear (from the PIN file); empty: no staff PIN set up on this kiosk.
    PinController(const QString &pin, std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);

    int enteredLength() const { return static_cast<int>(m_entered.size()); }
    bool unlocked() const { return m_unlocked; }
    bool lockedOut() const;
    int lockoutSeconds() const;
    int triesLeft() const { return kMaxTries - m_failuresSinceLockout; }
    bool configured() const { return !m_digest.isEmpty(); }
    bool lastWrong() const { return m_lastWrong; }

    Q_INVOKABLE void appendDigit(int digit);
    Q_INVOKABLE void removeDigit();
    Q_INVOKABLE void submit();

public slots:
    void lock();
    /// Re-reads the clock for the lockout display (the one-second tick does this while locked).
    void refreshLockout() { emit lockoutChanged(); }

signals:
    void enteredChanged();
    void unlockedChanged(bool unlocked);
    void lockoutChanged();

private:
    QByteArray digestOf(const QString &pin) const;
    std::shared_ptr<const core::Clock> m_clock;
    QByteArray m_salt;
    QByteArray m_digest;
    QString m_entered;
    bool m_unlocked = false;
    bool m_lastWrong = false;
    int m_failuresSinceLockout = 0;
    int m_lockouts = 0;
    std::chrono::system_clock::time_point m_lockedUntil{};
    QTimer m_tick; ///< refreshes lockoutSeconds once a second while locked
};

} // namespace checkin::app
