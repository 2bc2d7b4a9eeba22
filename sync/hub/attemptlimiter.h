// AttemptLimiter: failed credential tries counted per client address, refused past a budget.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace checkin::sync {

/// Thread-safe. Each address may fail `budget` times per `windowMs`; a success does not reset the
/// count (an attacker who knows one credential must not guess others faster).
class AttemptLimiter
{
public:
    AttemptLimiter(int budget, int64_t windowMs);
    /// False while `address` has used its budget of failures in the current window.
    bool allowed(const std::string &address, int64_t nowMs);
    void failed(const std::string &address, int64_t nowMs);

private:
    struct Window
    {
        int64_t startMs = 0;
        int failures = 0;
    };
    void forgetOld(int64_t nowMs);

    int m_budget;
    int64_t m_windowMs;
    std::mutex m_mutex;
    std::map<std::string, Window> m_windows;
};

} // namespace checkin::sync
