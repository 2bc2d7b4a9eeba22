// Exponential backoff with full jitter, and Retry-After on top.
#pragma once

#include "sync/client/failure.h"

#include <chrono>
#include <cstdint>
#include <random>

namespace checkin::sync {

/// Decides how long the sync thread waits after a failure. Pure: the random source is seeded by
/// the caller, so tests get the same delays every run.
class Backoff
{
public:
    struct Options
    {
        std::chrono::milliseconds initial{500};
        std::chrono::milliseconds max{60000};
        std::chrono::milliseconds unauthorized{300000}; ///< how often to look again after 401/TLS
    };

    explicit Backoff(Options options, uint64_t seed = std::random_device{}());

    /// The delay after this failure; grows with each consecutive failure. A Retry-After wins when
    /// it is longer than our own choice (the hub knows its load better than we do).
    std::chrono::milliseconds next(const SyncFailure &failure);
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    Options m_options;
    std::mt19937_64 m_random;
    int m_attempt = 0;
};

} // namespace checkin::sync
