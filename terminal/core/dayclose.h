// The day close: personal data of other days leaves the cache, with the one set of constants the
// running terminal (at midnight, at start, on a new synced day) and `checkinctl store close-day`
// (the kiosk image's timer) both use.
#pragma once

#include "offline-cache/error.h"
#include "offline-cache/retention.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace checkin::cache {
class Store;
}

namespace checkin::core {

/// An unsynced check-in of a past day keeps its appointment readable for two days, so a kiosk that
/// was offline over night can still tell the hub who it admitted.
inline constexpr std::chrono::milliseconds kUnsyncedGrace = std::chrono::hours(48);
/// Copies of a damaged cache file that the store moved aside are deleted a day after their last
/// write: they hold the personal data of their day.
inline constexpr std::chrono::hours kMovedAsideKept{24};

struct DayCloseReport
{
    std::string today; ///< the local day that was kept ("YYYY-MM-DD", in the process time zone TZ)
    cache::RetentionReport retention;
    int64_t copiesDeleted = 0; ///< moved-aside damaged copies deleted
};

/// Closes every day but today's local day at `now` on `store`, the open store of the file at
/// `databasePath`: the retention purge (Store::purgeOtherDays, see Retention's invariants), then
/// the moved-aside copies older than kMovedAsideKept. Idempotent; runs on the store's thread.
/// The report holds counts only, never personal data, so it may be logged.
cache::Result<DayCloseReport> closeDay(
    cache::Store &store, const std::string &databasePath, std::chrono::system_clock::time_point now);

/// "day=2026-11-30 stripped=3 kept=0 cases-deleted=1 checkins-deleted=2 copies-deleted=0": the
/// words of the terminal's day-close log line.
std::string describe(const DayCloseReport &report);

} // namespace checkin::core
