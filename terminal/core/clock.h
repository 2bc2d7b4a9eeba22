// The injected clock: production reads the system clock, tests set the time.
#pragma once

#include <chrono>

namespace checkin::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

/// A clock that only moves when told to (tests, demo scripts, benchmarks).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::chrono::system_clock::time_point t)
        : m_now(t)
    { }
    std::chrono::system_clock::time_point now() const override { return m_now; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }
    void advance(std::chrono::system_clock::duration d) { m_now += d; }

private:
    std::chrono::system_clock::time_point m_now;
};

} // namespace checkin::core
