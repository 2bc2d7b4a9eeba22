// Generated demo and test data: a center's day of appointments with realistic names, and a
// script of arrivals (codes held up at the entrance with the verdict each must get).
#pragma once

#include "offline-cache/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace checkin::core::demo {

struct Arrival
{
    std::string code; ///< what the person holds up
    std::string expectedReason; ///< reasonKey() of the verdict it must get
    std::string note; ///< what the case shows, for logs and the README
};

struct DataSet
{
    std::vector<cache::Store::Import> appointments;
    std::vector<Arrival> arrivals;
};

/// `count` appointments at `centerId` on `day` (plus a few on the next day and at another center),
/// deterministic in `seed`. Names mix German, Turkish, Arabic, Polish and Ukrainian origins.
/// `nowMinute` is the demo's local time of day: arrivals are chosen so that their slots fit it.
DataSet generate(
    const std::string &centerId, const std::string &day, int count, int nowMinute, uint32_t seed);

/// A booking reference in the portal's printed shape, e.g. "SB1-4K7T-93QX".
std::string bookingRef(const std::string &centerId, uint64_t n);

} // namespace checkin::core::demo
