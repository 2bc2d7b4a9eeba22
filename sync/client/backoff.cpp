// Backoff: delay = random(0.5 .. 1.0) * min(max, initial * 2^attempt).
#include "sync/client/backoff.h"

#include <algorithm>

namespace checkin::sync {

Backoff::Backoff(Options options, uint64_t seed)
    : m_options(options)
    , m_random(seed)
{ }

std::chrono::milliseconds Backoff::next(const SyncFailure &failure)
{
    if (failure.kind == FailureClass::Unauthorized)
        return m_options.unauthorized;
    const int shift = std::min(m_attempt, 20);
    ++m_attempt;
    const auto ceiling = std::min<int64_t>(m_options.max.count(), m_options.initial.count() << shift);
    // Half fixed, half random: kiosks that lost the network together do not return together.
    std::uniform_int_distribution<int64_t> jitter(ceiling / 2, std::max<int64_t>(ceiling / 2, ceiling));
    std::chrono::milliseconds delay{jitter(m_random)};
    if (failure.retryAfter && *failure.retryAfter > delay)
        delay = *failure.retryAfter;
    return delay;
}

} // namespace checkin::sync
