// PinController: digits in, unlocked or locked out.
#include "terminal/app/screens/pincontroller.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace checkin::app {

namespace {
constexpr auto kFirstLockout = std::chrono::seconds(30);
constexpr auto kLongestLockout = std::chrono::minutes(15);
} // namespace

PinController::PinController(const QString &pin, std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_salt.resize(16);
    for (char &c : m_salt)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    if (!pin.isEmpty())
        m_digest = digestOf(pin);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!lockedOut())
            m_tick.stop();
        emit lockoutChanged();
    });
}

QByteArray PinController::digestOf(const QString &pin) const
{
    return QCryptographicHash::hash(m_salt + pin.toUtf8(), QCryptographicHash::Sha256);
}

bool PinController::lockedOut() const
{
    return m_clock->now() < m_lockedUntil;
}

int PinController::lockoutSeconds() const
{
    const auto left = m_lockedUntil - m_clock->now();
    if (left <= std::chrono::system_clock::duration::zero())
        return 0;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(left).count());
}

void PinController::appendDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_entered.size() >= kMaxDigits || lockedOut())
        return;
    m_entered.append(QChar(u'0' + digit));
    m_lastWrong = false;
    emit enteredChanged();
}

void PinController::removeDigit()
{
    if (m_entered.isEmpty())
        return;
    m_entered.chop(1);
    emit enteredChanged();
}

void PinController::submit()
{
    if (lockedOut()) { // invariant 2
        m_entered.clear();
        emit enteredChanged();
        return;
    }
    const QByteArray given = digestOf(m_entered);
    m_entered.clear();
    // Invariant 4: compare every byte, whatever the first difference.
    bool ok = !m_digest.isEmpty() && given.size() == m_digest.size();
    unsigned char diff = 0;
    for (int i = 0; ok && i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ m_digest[i]);
    ok = ok && diff == 0;
    m_lastWrong = !ok;
    emit enteredChanged();
    if (ok) {
        m_failuresSinceLockout = 0;
        m_unlocked = true;
        emit lockoutChanged();
        emit unlockedChanged(true);
        return;
    }
    if (++m_failuresSinceLockout >= kMaxTries) { // invariant 1
        m_failuresSinceLockout = 0;
        const auto lockout = std::min<std::chrono::system_clock::duration>(
            kFirstLockout * (1LL << std::min(m_lockouts, 10)), kLongestLockout);
        ++m_lockouts;
        m_lockedUntil = m_clock->now() + lockout;
        m_tick.start();
    }
    emit lockoutChanged();
}

void PinController::lock()
{
    m_entered.clear();
    m_lastWrong = false;
    emit enteredChanged();
    if (!m_unlocked)
        return;
    m_unlocked = false;
    emit unlockedChanged(false);
}

} // namespace checkin::app
