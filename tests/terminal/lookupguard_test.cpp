// LookupGuard: enumeration at a self-service kiosk is slowed down, more each time.
#include "terminal/core/lookupguard.h"

#include <gtest/gtest.h>

using namespace checkin::core;
using namespace std::chrono_literals;

namespace {
const LookupGuard::Clock::time_point t0 = LookupGuard::Clock::from_time_t(1'764'400'000);
}

TEST(LookupGuard, AllowsTheFirstMissesWithoutWaiting)
{
    LookupGuard guard;
    guard.recordMiss(t0);
    guard.recordMiss(t0 + 10s);
    EXPECT_EQ(guard.waitBefore(t0 + 11s), 0s);
    EXPECT_FALSE(guard.suggestStaff());
}

TEST(LookupGuard, ImposesACooldownAfterTheThirdMissAndSuggestsStaff)
{
    LookupGuard guard;
    for (int i = 0; i < 3; ++i)
        guard.recordMiss(t0 + i * 5s);
    EXPECT_EQ(guard.waitBefore(t0 + 10s), 30s);
    EXPECT_EQ(guard.waitBefore(t0 + 39s), 1s);
    EXPECT_EQ(guard.waitBefore(t0 + 40s), 0s);
    EXPECT_TRUE(guard.suggestStaff());
}

TEST(LookupGuard, DoublesEachFurtherCooldownUpToTheCap)
{
    LookupGuard guard;
    auto now = t0;
    std::vector<std::chrono::seconds> cooldowns;
    for (int round = 0; round < 7; ++round) {
        for (int i = 0; i < 3; ++i)
            guard.recordMiss(now);
        cooldowns.push_back(guard.waitBefore(now));
        now += guard.waitBefore(now);
    }
    const std::vector<std::chrono::seconds> expected{30s, 60s, 120s, 240s, 480s, 600s, 600s};
    EXPECT_EQ(cooldowns, expected);
}

TEST(LookupGuard, ForgetsMissesAfterAQuietWindow)
{
    LookupGuard guard;
    guard.recordMiss(t0);
    guard.recordMiss(t0 + 1s);
    guard.recordMiss(t0 + 400s); // outside the 5-minute window: counts as the first of a new series
    EXPECT_EQ(guard.waitBefore(t0 + 400s), 0s);
}

TEST(LookupGuard, HasNoWayToRefillTheBudget)
{
    // A hit (someone mixing in their own booking) changes nothing: misses still add up, so probing
    // stays at three misses per cooldown whatever else is typed in between.
    LookupGuard guard;
    guard.recordMiss(t0);
    guard.recordMiss(t0 + 1s);
    guard.recordMiss(t0 + 3s);
    EXPECT_EQ(guard.waitBefore(t0 + 4s), 29s);
    EXPECT_TRUE(guard.suggestStaff());
}
