// CameraWatchdog: the loss and retry state machine.
#include "scanner/camerawatchdog.h"

#include <algorithm>

namespace checkin::scanner {

CameraWatchdog::CameraWatchdog()
    : CameraWatchdog(Options{})
{ }

CameraWatchdog::CameraWatchdog(Options options)
    : m_options(options)
    , m_backoff(options.firstBackoff)
{ }

void CameraWatchdog::attemptStarted(Clock::time_point now)
{
    m_state = CameraState::Starting;
    m_lastProgress = now;
    m_haveFingerprint = false;
}

void CameraWatchdog::openFailed(Clock::time_point now)
{
    lose(now);
}

void CameraWatchdog::readFailed(Clock::time_point now)
{
    lose(now);
}

bool CameraWatchdog::frameArrived(Clock::time_point now, uint64_t fingerprint, bool live)
{
    const bool frozen = live && m_haveFingerprint && fingerprint == m_lastFingerprint;
    m_lastFingerprint = fingerprint;
    m_haveFingerprint = true;
    if (frozen || m_state == CameraState::Lost)
        return false; // invariant 2; and a late frame from an abandoned capture changes nothing
    m_lastProgress = now;
    m_state = CameraState::Running;
    m_backoff = m_options.firstBackoff; // invariant 3
    m_lossReported = false;
    return true;
}

void CameraWatchdog::consumed(Clock::time_point now)
{
    if (m_state != CameraState::Lost)
        m_lastProgress = std::max(m_lastProgress, now); // invariant 4
}

CameraWatchdog::Action CameraWatchdog::check(Clock::time_point now)
{
    if (m_state != CameraState::Lost && now - m_lastProgress >= m_options.lostAfter)
        lose(now); // invariant 1
    if (m_state != CameraState::Lost)
        return Action::None;
    if (!m_lossReported) {
        m_lossReported = true;
        return Action::ReportLost;
    }
    if (now >= m_nextAttempt) {
        m_backoff = std::min(m_backoff * 2, m_options.maxBackoff);
        return Action::Retry;
    }
    return Action::None;
}

void CameraWatchdog::lose(Clock::time_point now)
{
    if (m_state == CameraState::Lost)
        return;
    m_state = CameraState::Lost;
    m_nextAttempt = now + m_backoff;
}

uint64_t frameFingerprint(const Frame &frame)
{
    if (frame.empty())
        return 0;
    // FNV-1a over about 4096 pixels spread over the frame: sensor noise changes it, a frozen
    // buffer does not.
    const auto &pixels = *frame.gray;
    const size_t step = std::max<size_t>(1, pixels.size() / 4096) | 1U;
    uint64_t hash = 1469598103934665603ULL;
    for (size_t i = 0; i < pixels.size(); i += step) {
        hash ^= pixels[i];
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace checkin::scanner
