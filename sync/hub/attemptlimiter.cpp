// AttemptLimiter: a fixed window per address; old windows are dropped so the map stays small.
#include "sync/hub/attemptlimiter.h"

namespace checkin::sync {

AttemptLimiter::AttemptLimiter(int budget, int64_t windowMs)
    : m_budget(budget)
    , m_windowMs(windowMs)
{ }

void AttemptLimiter::forgetOld(int64_t nowMs)
{
    if (m_windows.size() < 10000)
        return;
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = nowMs - it->second.startMs >= m_windowMs ? m_windows.erase(it) : std::next(it);
}

bool AttemptLimiter::allowed(const std::string &address, int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_windows.find(address);
    if (it == m_windows.end())
        return true;
    if (nowMs - it->second.startMs >= m_windowMs) {
        m_windows.erase(it);
        return true;
    }
    return it->second.failures < m_budget;
}

void AttemptLimiter::failed(const std::string &address, int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    forgetOld(nowMs);
    auto &w = m_windows[address];
    if (w.failures == 0 || nowMs - w.startMs >= m_windowMs)
        w = Window{nowMs, 0};
    ++w.failures;
}

} // namespace checkin::sync
