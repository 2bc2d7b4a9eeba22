// The kiosk's one freshness type: how current the synced appointments are, from a sync snapshot.
#include "terminal/app/services/syncservice.h"

#include <gtest/gtest.h>

using checkin::app::SyncService;

TEST(SyncServiceFreshness, WarnsWhenStaleOrForAnotherDayOrNeverSynced)
{
    constexpr const char *kDay = "2026-03-02";
    checkin::sync::SyncSnapshot s;
    const std::chrono::minutes staleAfter(15);
    EXPECT_EQ(SyncService::assessFreshness(s, 1000, kDay, staleAfter), SyncService::Freshness::NeverSynced);
    s.lastGoodSyncMs = 1'000'000;
    s.syncedDay = kDay;
    EXPECT_EQ(
        SyncService::assessFreshness(s, 1'000'000 + 60'000, kDay, staleAfter), SyncService::Freshness::Fresh);
    EXPECT_EQ(SyncService::assessFreshness(s, 1'000'000 + 16 * 60'000, kDay, staleAfter),
        SyncService::Freshness::Stale);
    EXPECT_EQ(SyncService::assessFreshness(s, 1'000'000 + 60'000, "2026-03-03", staleAfter),
        SyncService::Freshness::OtherDay);
}
