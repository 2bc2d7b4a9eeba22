// LookupGuard: slows down name lookups at a self-service kiosk so that nobody can enumerate who
// has an appointment.
#pragma once

#include <chrono>

namespace checkin::core {

/// Lives in OnSiteResolution on the store thread: the one guard of the self-service lookup, whoever
/// asks (screen, controller or test). Time comes from the injected clock.
///
/// States: Open → (maxFailures misses within `window`) → CoolingDown → (cooldown elapsed) → Open.
/// Invariants:
/// 1. While CoolingDown, no lookup reaches the store.
/// 2. Each cooldown is twice the previous one (capped), until a quiet `window` resets it.
/// 3. Nothing but time refills the budget: a hit is not recorded at all, so mixing in one's own
///    booking between probes allows no more probes.
class LookupGuard
{
public:
    using Clock = std::chrono::system_clock;
    struct Options
    {
        int maxFailures = 3;
        std::chrono::seconds window{300};
        std::chrono::seconds firstCooldown{30};
        std::chrono::seconds maxCooldown{600};
    };

    LookupGuard()
        : LookupGuard(Options{})
    { }
    explicit LookupGuard(Options options);

    /// Zero when a lookup may run now, else how long the person must wait.
    std::chrono::seconds waitBefore(Clock::time_point now) const;
    void recordMiss(Clock::time_point now);
    /// True once a cooldown has been imposed since the last success (the UI suggests asking staff).
    bool suggestStaff() const { return m_cooldowns > 0; }

private:
    Options m_options;
    int m_failures = 0;
    int m_cooldowns = 0;
    Clock::time_point m_firstFailure{};
    Clock::time_point m_blockedUntil{};
};

} // namespace checkin::core
