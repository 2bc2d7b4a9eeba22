// The kiosk clock measured against the hub's at a sync: decides whether time rules can be trusted.
#pragma once

#include <cstdint>
#include <cstdlib>

namespace checkin::core {

/// One measurement, taken by the sync client: the hub's time from its response and the kiosk's
/// clock at the midpoint of the request. Value type.
struct ClockCheck
{
    int64_t hubMs = 0;
    int64_t kioskMs = 0;

    int64_t skewMs() const { return kioskMs - hubMs; }
    bool withinBound(int boundSeconds) const { return std::llabs(skewMs()) <= int64_t{boundSeconds} * 1000; }
};

} // namespace checkin::core
