// Local calendar arithmetic with localtime_r/mktime; the zone comes from TZ (set from the config).
#include "terminal/core/localtime.h"

#include <cstdio>
#include <ctime>

namespace checkin::core {

LocalTime toLocal(std::chrono::system_clock::time_point t)
{
    const std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&secs, &tm);
    char day[32];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return LocalTime{day, tm.tm_hour * 60 + tm.tm_min};
}

std::optional<std::chrono::system_clock::time_point> fromLocal(const std::string &day, int minuteOfDay)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(day.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    tm.tm_hour = minuteOfDay / 60;
    tm.tm_min = minuteOfDay % 60;
    tm.tm_isdst = -1;
    const std::time_t secs = std::mktime(&tm);
    if (secs == -1)
        return std::nullopt;
    return std::chrono::system_clock::from_time_t(secs);
}

std::string formatMinute(int minuteOfDay)
{
    char out[16];
    std::snprintf(out, sizeof out, "%02d:%02d", (minuteOfDay / 60) % 24, minuteOfDay % 60);
    return out;
}

int64_t unixMs(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

} // namespace checkin::core
