// The day close: the retention purge and the expiry of moved-aside copies, in that order.
#include "terminal/core/dayclose.h"

#include "offline-cache/store.h"
#include "offline-cache/storerecovery.h"
#include "terminal/core/localtime.h"

namespace checkin::core {

cache::Result<DayCloseReport> closeDay(
    cache::Store &store, const std::string &databasePath, std::chrono::system_clock::time_point now)
{
    DayCloseReport report;
    report.today = toLocal(now).day;
    auto retention = store.purgeOtherDays(report.today, unixMs(now), kUnsyncedGrace.count());
    if (!retention)
        return tl::unexpected(retention.error());
    report.retention = *retention;
    report.copiesDeleted = cache::expireMovedAside(databasePath, now - kMovedAsideKept);
    return report;
}

std::string describe(const DayCloseReport &report)
{
    const auto &r = report.retention;
    return "day=" + report.today + " stripped=" + std::to_string(r.appointmentsStripped) + " kept="
        + std::to_string(r.appointmentsKept) + " cases-deleted=" + std::to_string(r.clearingCasesDeleted)
        + " checkins-deleted=" + std::to_string(r.checkInsDeleted)
        + " copies-deleted=" + std::to_string(report.copiesDeleted);
}

} // namespace checkin::core
