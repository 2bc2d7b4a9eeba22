// Conversions between instants and the center's local calendar (the process time zone, TZ).
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace checkin::core {

struct LocalTime
{
    std::string day; ///< "YYYY-MM-DD"
    int minuteOfDay = 0; ///< 0..1439
};

LocalTime toLocal(std::chrono::system_clock::time_point t);
/// The instant of a local day and minute; nullopt for a malformed day.
std::optional<std::chrono::system_clock::time_point> fromLocal(const std::string &day, int minuteOfDay);
/// "10:30"
std::string formatMinute(int minuteOfDay);
int64_t unixMs(std::chrono::system_clock::time_point t);

} // namespace checkin::core
