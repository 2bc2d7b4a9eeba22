// LookupGuard: counting misses and imposing doubling cooldowns.
#include "terminal/core/lookupguard.h"

#include <algorithm>

namespace checkin::core {

LookupGuard::LookupGuard(Options options)
    : m_options(options)
{ }

std::chrono::seconds LookupGuard::waitBefore(Clock::time_point now) const
{
    if (now >= m_blockedUntil)
        return std::chrono::seconds(0);
    return std::chrono::ceil<std::chrono::seconds>(m_blockedUntil - now);
}

void LookupGuard::recordMiss(Clock::time_point now)
{
    if (m_failures == 0 || now - m_firstFailure > m_options.window) {
        if (m_failures > 0 && now - m_firstFailure > m_options.window && now >= m_blockedUntil)
            m_cooldowns = 0; // a quiet window forgives earlier cooldowns
        m_failures = 0;
        m_firstFailure = now;
    }
    if (++m_failures < m_options.maxFailures)
        return;
    auto cooldown = m_options.firstCooldown;
    for (int i = 0; i < m_cooldowns && cooldown < m_options.maxCooldown; ++i)
        cooldown *= 2;
    cooldown = std::min(cooldown, m_options.maxCooldown);
    m_blockedUntil = now + cooldown;
    ++m_cooldowns;
    m_failures = 0;
}

} // namespace checkin::core
