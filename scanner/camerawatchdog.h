// The camera watchdog: decides from frame-arrival times alone when a camera is lost and when to retry.
#pragma once

#include "scanner/frame.h"

#include <chrono>
#include <cstdint>

namespace checkin::scanner {

/// Pure bookkeeping, no threads and no clock of its own: the capture thread reports arrivals, the
/// scanner thread calls check() on a timer, so a read() that never returns still ends in Lost.
///
/// States and transitions:
///   Starting --fresh frame--> Running
///   Starting --open failed / no fresh frame for lostAfter--> Lost
///   Running  --no fresh frame for lostAfter / read error--> Lost
///   Lost     --retry due (backoff)--> Starting   (the owner abandons the old capture, opens anew)
/// Invariants:
///   1. Lost is due at most lostAfter after the last fresh frame (or attempt start), so with
///      check() every period the UI learns of it within lostAfter + period.
///   2. A frame whose fingerprint equals the previous one is not fresh on a live source (a frozen
///      driver keeps returning the same buffer).
///   3. Retries are spaced firstBackoff, twice that, ... up to maxBackoff; a fresh frame resets the
///      spacing. So a camera that comes back is running again within maxBackoff + its open time.
///   4. While the consumer is busy with a frame the capture is waiting on (lock-step file playback),
///      no arrival is expected: consumed() counts as progress.
class CameraWatchdog
{
public:
    using Clock = std::chrono::steady_clock;
    struct Options
    {
        std::chrono::milliseconds lostAfter{1500};
        std::chrono::milliseconds firstBackoff{250};
        std::chrono::milliseconds maxBackoff{2000};
    };
    enum class Action { None, ReportLost, Retry };

    CameraWatchdog();
    explicit CameraWatchdog(Options options);

    void attemptStarted(Clock::time_point now);
    void openFailed(Clock::time_point now);
    void readFailed(Clock::time_point now);
    /// A frame arrived; returns true when it is fresh (changed, or the source is not live).
    bool frameArrived(Clock::time_point now, uint64_t fingerprint, bool live);
    void consumed(Clock::time_point now);
    /// What the owner must do now: report the loss once, or start the next attempt.
    Action check(Clock::time_point now);

    CameraState state() const { return m_state; }
    std::chrono::milliseconds backoff() const { return m_backoff; }

private:
    void lose(Clock::time_point now);
    Options m_options;
    CameraState m_state = CameraState::Starting;
    Clock::time_point m_lastProgress{};
    Clock::time_point m_nextAttempt{};
    std::chrono::milliseconds m_backoff;
    uint64_t m_lastFingerprint = 0;
    bool m_haveFingerprint = false;
    bool m_lossReported = false;
};

/// A cheap fingerprint of a frame's pixels (a sparse sample): equal for an identical buffer.
uint64_t frameFingerprint(const Frame &frame);

} // namespace checkin::scanner
